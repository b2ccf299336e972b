import { button, callToAction, donateBanner, pageLink, relatedLinks, richText, urlLink } from '../../blocks'
import type { PageTranslation } from '../types'
import { actions, titles, traffickedAtAnyOneTime } from './terms'

export const home: PageTranslation = {
  title: 'Kartu galime panaikinti šiuolaikinę vergovę',
  intro:
    'Freedom Line siekia užkirsti kelią šiuolaikinei vergovei, būti šalia ją išgyvenusių žmonių ir pakeisti įstatymus bei verslo praktiką, dėl kurių ji vis dar egzistuoja.',
  // The charity's name alone in the browser tab, as in English.
  seo: { title: 'Freedom Line', description: 'Freedom Line – Jungtinės Karalystės labdaros organizacija, siekianti panaikinti šiuolaikinę vergovę ir prekybą žmonėmis.' },
  layout: ({ markdown, page }) => [
    richText(
      markdown(`
        ## Mūsų misija

        Nė vieno žmogaus negalima pirkti, parduoti, apgaule ar grasinimais versti dirbti. Vis dėlto žmonės išnaudojami kiekvienoje šalyje, taip pat ir čia, Jungtinėje Karalystėje, dažnai visiems matant.

        Mes aiškiname, kaip veikia vergovė, kad daugiau žmonių galėtų ją atpažinti. Padedame ją išgyvenusiems žmonėms rasti saugumą, patarimą ir ateitį, kurią jie patys pasirinks. O kartu su savo rėmėjais siekiame tokių įstatymų ir tiekimo grandinių, kuriose neliktų vietos išnaudojimui.
      `),
    ),
    traffickedAtAnyOneTime(),
    callToAction(
      'Būkite kartu su mumis',
      'Gaukite žinių apie mūsų darbą ir kampanijas arba paaukokite šiandien ir padėkite žmogui iš naujo susikurti gyvenimą.',
      [button(urlLink(actions.signUp, '/updates')), button(urlLink(actions.donate, '/donate'), 'secondary')],
    ),
    donateBanner('Paaukokite šiandien', 'Bet kokio dydžio auka padeda išgyvenusiam žmogui rasti saugumą, patikimą patarimą ir ateitį, kurią jis pasirenka pats.', [15, 40, 100], 'home-page'),
    relatedLinks('Supraskite šiuolaikinę vergovę', [
      pageLink(titles.humanTrafficking, page('/slavery-today/human-trafficking')),
      pageLink(titles.forcedLabour, page('/slavery-today/forced-labour')),
      pageLink(titles.childTrafficking, page('/slavery-today/child-trafficking')),
      pageLink(titles.spotTheSigns, page('/slavery-today/spot-the-signs')),
    ]),
  ],
}
