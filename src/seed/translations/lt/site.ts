import type { ImageTranslation, SiteSettingsTranslation } from '../types'
import type { ImageKey } from '../../images'
import { actions, titles } from './terms'

export const siteSettings: SiteSettingsTranslation = {
  tagline: 'Kartu panaikinkime šiuolaikinę vergovę',
  footerText:
    'Freedom Line siekia panaikinti šiuolaikinę vergovę Jungtinėje Karalystėje ir visame pasaulyje. Jei nerimaujate dėl kito žmogaus, skambinkite Šiuolaikinės vergovės ir išnaudojimo pagalbos linijai (Modern Slavery & Exploitation Helpline) numeriu 08000 121 700 (nemokamai, visą parą). Skubiu atveju skambinkite 999.',
  helpline: {
    countryName: 'Jungtinė Karalystė',
    name: 'Šiuolaikinės vergovės ir išnaudojimo pagalbos linija',
    hours: 'Nemokamai, konfidencialiai, visą parą, 7 dienas per savaitę',
    languages: 'Anglų kalba, su vertėjais į kitas kalbas',
  },
  interestLabels: {
    'Campaigns and petitions': 'Kampanijos ir peticijos',
    'News and research': 'Naujienos ir tyrimai',
    'Events and fundraising': 'Renginiai ir lėšų rinkimas',
  },
  linkLabels: {
    'Slavery today': titles.slaveryToday,
    'Human trafficking': titles.humanTrafficking,
    Stories: 'Istorijos',
    News: 'Naujienos',
    'Get help': actions.getHelp,
    'Spot the signs': 'Kaip atpažinti',
    'Sign up for updates': actions.signUp,
    Donate: actions.donate,
  },
}

/** The pictures on the translated pages (home, slavery today, the explainer). */
export const images: Partial<Record<ImageKey, ImageTranslation>> = {
  horizon: {
    alt: 'Iliustracija: geltona saulė teka už sluoksniais išsidėsčiusių smėlio spalvos kalvų po tamsiai mėlynu dangumi.',
    caption: 'Nauja diena: kiekvienas turi būti laisvas pasirinkti darbą ir laisvas nuo jo išeiti.',
  },
  paths: {
    alt: 'Iliustracija: daug vingiuotų linijų, kiekviena su mažu tašku, visos veda į vieną tamsų uždarą kvadratą.',
    caption: 'Žmonės įtraukiami iš arti ir iš toli, dažnai – žmogaus, kuriuo jie pasitiki.',
  },
  fields: {
    alt: 'Iliustracija: mažos tamsios figūros pasilenkusios prie lauko vagų, kurios driekiasi iki žemo horizonto.',
    caption: 'Dauguma žmonių, kuriais prekiaujama, išnaudojami kaip darbo jėga, o ne seksualiai.',
  },
  doorways: {
    alt: 'Iliustracija: šešios arkinės durys prieblandoje; vienos iš jų šviečia geltonai ir apšviečia žemę.',
    caption: 'Pagalba nemokama, konfidenciali ir prieinama dieną naktį.',
  },
}
