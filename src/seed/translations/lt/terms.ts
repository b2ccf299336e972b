import { translatedTraffickedAtAnyOneTime } from '../statistics'

/** One Lithuanian name for each page and action, used alike in menus, link lists and buttons. */
export const titles = {
  slaveryToday: 'Vergovė šiandien',
  humanTrafficking: 'Prekyba žmonėmis',
  forcedLabour: 'Priverstinis darbas',
  childTrafficking: 'Prekyba vaikais',
  spotTheSigns: 'Kaip atpažinti priverstinį darbą',
}

/** "Aukoti" and "Prenumeruoti naujienas" as in the site's own Lithuanian catalog. */
export const actions = {
  getHelp: 'Gauti pagalbą',
  donate: 'Aukoti',
  signUp: 'Prenumeruoti naujienas',
  campaign: 'Dalyvaukite mūsų kampanijose',
}

/** Lithuanian writes a decimal comma: 2,5 milijono is 2.5 million. TDO is the ILO's Lithuanian abbreviation. */
export const traffickedAtAnyOneTime = () =>
  translatedTraffickedAtAnyOneTime({
    value: 'Apie 2,5 milijono',
    label: 'žmonių visame pasaulyje bet kuriuo metu yra įkalinti prekybos žmonėmis spąstuose – išnaudojami seksualiai arba verčiami dirbti.',
    source: 'Tarptautinė darbo organizacija (TDO, angl. ILO), „A global alliance against forced labour“ (Pasaulinis aljansas prieš priverstinį darbą)',
  })
