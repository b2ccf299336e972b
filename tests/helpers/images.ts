import sharp from 'sharp'

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

/**
 * A phone photo as it arrives: 60×40 pixels stored sideways with EXIF orientation 6 ("rotate 90°
 * to display"), the camera's make and model, and the GPS position where it was taken.
 */
export async function phonePhotoWithGps(): Promise<UploadFile> {
  const left = { width: 30, height: 40, channels: 3 as const, background: { r: 200, g: 30, b: 30 } }
  const data = await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 30, g: 30, b: 200 } } })
    .composite([{ input: { create: left }, left: 0, top: 0 }])
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', Copyright: 'Survivor photo' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2621/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3999/100' },
    })
    .toBuffer()
  return { data, mimetype: 'image/jpeg', name: 'survivor.jpg', size: data.length }
}

export async function plainPng(): Promise<UploadFile> {
  const data = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#336699' } }).png().toBuffer()
  return { data, mimetype: 'image/png', name: 'plain.png', size: data.length }
}
