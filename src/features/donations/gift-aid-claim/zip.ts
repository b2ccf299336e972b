import { crc32, deflateRawSync } from 'node:zlib'

export type ZipEntry = {
  name: string
  data: string | Uint8Array
  /** Stored uncompressed, as OpenDocument requires of its `mimetype` entry. */
  store?: boolean
}

/** MS-DOS time and date, the only timestamps a plain ZIP header has (2-second steps, from 1980). */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.min(Math.max(when.getFullYear(), 1980), 2107)
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  }
}

/**
 * A ZIP archive (PKWARE APPNOTE: local headers, central directory, end record), entries in the
 * order given, with no extra fields and no data descriptors. Enough for an OpenDocument file,
 * which is why we need no library: its `mimetype` entry must come first, stored, at byte 30.
 */
export function zip(entries: ZipEntry[], modified: Date): Buffer {
  if (entries.length > 0xffff) throw new RangeError('zip: more than 65,535 entries needs ZIP64')
  const { time, date } = dosDateTime(modified)
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0

  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data)
    const body = entry.store ? data : deflateRawSync(data)
    if (offset + 30 + name.length + body.length > 0xffffffff) throw new RangeError('zip: over 4 GiB needs ZIP64')
    const method = entry.store ? 0 : 8
    const crc = crc32(data)
    // Bit 11: the name is UTF-8 (only set when it is not plain ASCII, as most tools do).
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x0800

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed: 2.0 (deflate)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt16LE(time, 10)
    local.writeUInt16LE(date, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28) // no extra field
    locals.push(local, name, body)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4) // made by: MS-DOS, 2.0
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt16LE(time, 12)
    central.writeUInt16LE(date, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    // extra length, comment length, disk number, internal and external attributes stay 0
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)

    offset += 30 + name.length + body.length
  }

  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
