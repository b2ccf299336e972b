'use client'
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

type Topic = { id: string; label: string }

/**
 * The sign-up topics from Site settings as checkboxes: an update stores the topics' ids, which
 * are what supporters' choices hold, while staff read their names.
 */
export const TopicsField: TextFieldClientComponent = ({ path, field, readOnly }) => {
  const { value, setValue, showError, errorMessage } = useField<string[]>({ path })
  const [topics, setTopics] = useState<Topic[] | undefined>()
  useEffect(() => {
    let current = true
    void fetch('/api/globals/site-settings?depth=0', { credentials: 'include' })
      .then((response) => response.json() as Promise<{ interests?: { id?: string; label?: string }[] }>)
      .then((settings) => {
        if (current) setTopics((settings.interests ?? []).flatMap((row) => (row.id && row.label ? [{ id: row.id, label: row.label }] : [])))
      })
      .catch(() => current && setTopics([]))
    return () => {
      current = false
    }
  }, [])
  const chosen = new Set(Array.isArray(value) ? value : [])
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(id)
    else next.delete(id)
    setValue([...next])
  }
  const description = typeof field.admin?.description === 'string' ? field.admin.description : undefined
  return (
    <fieldset className="field-type" style={{ border: 0, padding: 0, margin: '0 0 1.5rem' }}>
      <legend>
        <FieldLabel label={field.label ?? 'Topics'} path={path} as="span" />
      </legend>
      <FieldError path={path} message={errorMessage} showError={showError} />
      {topics === undefined ? <p>Loading topics…</p> : null}
      {topics?.length === 0 ? <p>There are no topics in Site settings. Send it to everyone instead, or add topics there.</p> : null}
      {topics?.map((topic) => (
        <label key={topic.id} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', marginBottom: '0.25rem' }}>
          <input type="checkbox" checked={chosen.has(topic.id)} disabled={readOnly} onChange={(event) => toggle(topic.id, event.target.checked)} />
          {topic.label}
        </label>
      ))}
      {description ? <FieldDescription description={description} path={path} /> : null}
    </fieldset>
  )
}
