import { button, callToAction, image, pageLink, pullQuote, relatedLinks, richText, storyTeaser, urlLink } from '../../blocks'
import type { PageTranslation } from '../types'
import { actions, titles, traffickedAtAnyOneTime } from './terms'

/** The explainer in Lithuanian: a faithful translation of seed/pages/human-trafficking.ts, block for block. */
export const humanTrafficking: PageTranslation = {
  title: titles.humanTrafficking,
  intro:
    'Prekyba žmonėmis – tai žmonių verbavimas, gabenimas ar laikymas tam, kad kažkas kitas iš jų pasipelnytų. Ji gali vykti kitame pasaulio krašte arba gretimoje gatvėje.',
  seo: {
    description: 'Kas yra prekyba žmonėmis, kokių formų ji būna, kuo ji skiriasi nuo neteisėto gabenimo per sieną ir kaip žmonės į ją įtraukiami.',
  },
  layout: ({ markdown, image: imageId, page, story }) => [
    richText(
      markdown(`
        ## Kas yra prekyba žmonėmis

        Žmogumi prekiaujama, kai jis užverbuojamas, pergabenamas ar kur nors laikomas (teisininkai sako „slepiamas“), kad būtų išnaudojamas, o už to stovintys asmenys savo tikslo siekia smurtu, apgaule ar prievarta. Tai nutinka vyrams, moterims ir vaikams. Pakliuvę į spąstus, jie verčiami dirbti prieš savo valią ir negali laisvai išeiti.

        Prekeiviai žmonėmis iš žmonių uždirba įvairiais būdais. Pagrindinės išnaudojimo formos yra šios:

        - priverstinė prostitucija
        - priverstinis darbas
        - priverstinis elgetavimas
        - priverstinis nusikaltimų darymas, pavyzdžiui, vagystės ar narkotinių augalų auginimas kam nors kitam
        - namų vergovė, kai žmogus laikomas neapmokamu tarnu privačiuose namuose
        - priverstinė santuoka
        - priverstinis organų išėmimas

        ## Kelionė nebūtina

        Daugelis įsivaizduoja prekybą žmonėmis kaip ilgą kelionę per sieną. Toks vaizdas klaidina: žmogaus visai nebūtina gabenti iš vienos vietos į kitą. Prekyba žmonėmis vyksta tarp šalių, bet ir vienos šalies viduje, net toje pačioje bendruomenėje, vos už kelių gatvių nuo paties žmogaus namų.

        ## Su vaikais – kitaip

        Kai kalbama apie suaugusįjį, prekyba žmonėmis apima smurtą, apgaulę ar prievartą. Kai kalbama apie vaiką, nieko iš to nereikia. Vien įtraukti vaiką į padėtį, kurioje jis išnaudojamas, jau yra prekyba žmonėmis, net jei niekas jam negrasino, jo neapgavo ir jo neprivertė.
      `),
    ),
    image(imageId('fields'), { width: 'wide' }),
    richText(
      markdown(`
        ## Prekyba žmonėmis – ne tas pats, kas neteisėtas gabenimas per sieną

        Šios dvi sąvokos dažnai painiojamos, tačiau jos reiškia skirtingus dalykus.

        - **Neteisėtas žmonių gabenimas per sieną** (žmonių kontrabanda) – tai pagalba žmogui neteisėtai kirsti valstybės sieną už atlygį. Kai kelionė baigiasi, per sieną pergabentas žmogus gali laisvai eiti, kur nori.
        - **Prekyba žmonėmis** – tai žmogaus gabenimas ar laikymas *tam, kad jį būtų galima išnaudoti*. Prekeivis organizuoja gabenimą būtent šiuo tikslu, ir išnaudojimas yra visa ko esmė. Kirsti valstybės sienos nebūtina: prekyba žmonėmis vyksta ir vienos šalies viduje, ir net vienoje bendruomenėje.
      `),
    ),
    traffickedAtAnyOneTime(),
    richText(
      markdown(`
        ## Kodėl sunku nustatyti tikslius skaičius

        Prekyba žmonėmis slepiama sąmoningai, ir daugelio nukentėjusiųjų niekada neatpažįsta nei policija, nei pagalbos tarnybos, nei kas nors kitas. Todėl tikslius duomenis surinkti labai sunku, ir kiekvienas skaičius, taip pat ir pateiktas aukščiau, yra tik apytikslis įvertinimas.

        Seksualinis išnaudojimas dažniausiai patenka į antraštes, tačiau tai nėra įprasta istorija: dauguma žmonių, kuriais prekiaujama, išnaudojami vien kaip darbo jėga.
      `),
    ),
    pullQuote(
      'Man sakė, kad viešbučio virtuvėje yra darbas, su kambariu ir geru atlyginimu. Kai atvykau, jokio viešbučio nebuvo, o jie pasakė, kad turiu jiems grąžinti skolą už kelionę.',
      'Išgalvotas pavyzdys, vardas pakeistas',
    ),
    richText(
      markdown(`
        ## Kaip žmonės įtraukiami

        Daugelis žmonių, kuriais galiausiai imta prekiauti, išvyko siekdami geresnio gyvenimo. Jie norėjo ištrūkti iš skurdo ar diskriminacijos ir ieškojo uždarbio, kurį galėtų siųsti namo šeimai išlaikyti. Prekeiviai žmonėmis šią viltį atsuka prieš juos.

        Dažnai viskas prasideda nuo gerai apmokamo darbo pasiūlymo užsienyje ar kitoje savo šalies vietoje, kurį perduoda giminaitis, draugas ar įdarbinimo agentūra. Tačiau pažadėtas darbas – melas. Atvykus tokio darbo nėra, o žmonės verčiami dirbti darbus ar taikstytis su sąlygomis, dėl kurių jie niekada nebuvo susitarę.
      `),
    ),
    // Two fictional example stories, as on the reference page; each shows only while its consent covers the web.
    storyTeaser(story('hai')),
    storyTeaser(story('rasa')),
    callToAction(
      'Padėkite sustabdyti prekybą žmonėmis',
      'Kartu su tūkstančiais rėmėjų siekite pokyčių arba paaukokite, kad galėtume toliau padėti nukentėjusiems nuo prekybos žmonėmis.',
      [button(urlLink(actions.campaign, '/campaigns'), 'primary'), button(urlLink(actions.donate, '/donate'), 'secondary')],
    ),
    relatedLinks('Sužinokite daugiau', [
      pageLink(titles.forcedLabour, page('/slavery-today/forced-labour')),
      pageLink(titles.childTrafficking, page('/slavery-today/child-trafficking')),
      pageLink(titles.spotTheSigns, page('/slavery-today/spot-the-signs')),
    ]),
  ],
}
