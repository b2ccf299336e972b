import { button, callToAction, pageLink, relatedLinks, richText, urlLink } from '../../blocks'
import type { PageTranslation } from '../types'
import { actions, titles } from './terms'

export const slaveryToday: PageTranslation = {
  title: titles.slaveryToday,
  intro:
    'Vergovė įstatymais panaikinta seniai, bet gyvenime ji išliko. Šiandien ji slepiasi laukuose, gamyklose, virtuvėse ir privačiuose namuose – ir gali būti arčiau, nei manote.',
  seo: { description: 'Šiuolaikinės vergovės apžvalga: kas tai yra, kokių formų ji būna ir kaip ją atpažinti.' },
  layout: ({ markdown, page }) => [
    richText(
      markdown(`
        ## Ką vadiname šiuolaikine vergove

        Šiuolaikinė vergovė – tai bendras terminas. Jis apima visas situacijas, kai vienas žmogus kontroliuoja kitą, kad iš jo pasipelnytų, o kontroliuojamas žmogus negali atsisakyti ar pasitraukti dėl grasinimų, smurto, skolų, apgaulės ar piktnaudžiavimo valdžia.

        Ji retai primena grandines iš istorijos vadovėlių. Darbuotojas, kuriam atimtas pasas, paauglys, verčiamas gabenti narkotikus, kad atidirbtų „skolą“, moteris, kuri negali išeiti iš namų, kuriuose dieną naktį tvarko ir valo: visi jie gali būti vergovėje.

        ## Nuo ko pradėti

        Toliau esančiuose puslapiuose paaiškinamos pagrindinės šiuolaikinės vergovės formos ir tai, į ką verta atkreipti dėmesį. Jei dabar nerimaujate dėl kurio nors žmogaus, eikite į mūsų [pagalbos puslapį](/get-help).
      `),
    ),
    relatedLinks('Šiame skyriuje', [
      pageLink(titles.humanTrafficking, page('/slavery-today/human-trafficking')),
      pageLink(titles.forcedLabour, page('/slavery-today/forced-labour')),
      pageLink(titles.childTrafficking, page('/slavery-today/child-trafficking')),
      pageLink(titles.spotTheSigns, page('/slavery-today/spot-the-signs')),
    ]),
    callToAction('Nerimaujate dėl kito žmogaus?', 'Patarimai nemokami ir konfidencialūs. Skubiu atveju skambinkite 999.', [
      button(urlLink(actions.getHelp, '/get-help')),
    ]),
  ],
}
