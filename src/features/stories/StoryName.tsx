/** @jsxImportSource hono/jsx */
import { useSite } from '../../site/views/site-context'

/** "Hai*" for a changed name, with the asterisk explained by <NameChangedNote />. */
export const StoryName = ({ story }: { story: { displayName: string; nameChanged?: boolean | null } }) =>
  story.nameChanged ? (
    <>
      {story.displayName}
      <span class="ab-name-changed" aria-hidden="true">*</span>
    </>
  ) : (
    <>{story.displayName}</>
  )

export function NameChangedNote() {
  const { t } = useSite()
  return <p class="ab-footnote">{t('stories.nameChanged')}</p>
}
