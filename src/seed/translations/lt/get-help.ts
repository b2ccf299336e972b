import { button, callToAction, helplines, richText, signsOfExploitation, urlLink } from '../../blocks'
import type { PageTranslation } from '../types'
import { actions } from './terms'

export const getHelp: PageTranslation = {
  title: actions.getHelp,
  intro:
    'Jei jus ar jūsų pažįstamą žmogų verčia dirbti, kontroliuoja ar išnaudoja, jūs ne vieni ir tai ne jūsų kaltė. Pagalba nemokama ir konfidenciali, dieną ir naktį.',
  seo: {
    description:
      'Nemokama, konfidenciali pagalba, jei jus ar pažįstamą išnaudoja: kam skambinti, kas vyksta paskambinus ir kokie požymiai.',
  },
  layout: ({ markdown }) => [
    helplines(),
    richText(
      markdown(`
        ## Kas vyksta, kai paskambinate

        - Atsiliepia apmokytas konsultantas, bet kuriuo paros metu. Galite kalbėti savo kalba: konsultantas gali pasikviesti vertėją.
        - Nebūtina sakyti savo vardo, nebūtina būti tikram ar turėti įrodymų.
        - Konsultantas išklausys, paaiškins, kokias galimybes turite, ir gali padėti susisiekti su pagalbą teikiančiais žmonėmis: rasti saugią vietą gyventi, gydytoją, teisinę konsultaciją.
        - Tai, ką pasakote, yra konfidencialu. Informacija perduodama, pavyzdžiui, policijai ar pagalbos tarnybai, tik jums sutikus, nebent kieno nors gyvybei gresia tiesioginis pavojus arba pavojus gresia vaikui.
        - Pagalbos liniją valdo labdaros organizacija. Ji nepriklauso nuo policijos ir vyriausybės.
      `),
    ),
    signsOfExploitation(),
    richText(
      markdown(`
        ## Kiti būdai pranešti

        - **Internetu:** jei negalite kalbėti telefonu, naudokitės aukščiau esančia pagalbos linijos nuoroda „Pranešti internetu“. Ja galite naudotis bet kuriuo metu.
        - **Anonimiškai:** Jungtinėje Karalystėje galite skambinti organizacijai „Crimestoppers“ numeriu 0800 555 111. Jūsų vardo neklaus.
        - **Jei pavojus gali grėsti vaikui:** skambinkite 999 arba NSPCC pagalbos linijai numeriu 0808 800 5000.
        - **Jei skambindami 999 negalite kalbėti:** neišjunkite ryšio ir paspauskite 55, kai jūsų paprašys. Taip galima padaryti skambinant mobiliuoju telefonu.
      `),
    ),
    callToAction(
      'Ar kas nors tikrina jūsų telefoną?',
      'Perskaitykite, kaip saugiau naudotis šia svetaine ir ką mygtukas „Išeiti iš šio puslapio“ gali ir ko negali padaryti.',
      [button(urlLink('Kaip saugiai naudotis internetu', '/get-help/staying-safe-online'))],
    ),
  ],
}

export const stayingSafeOnline: PageTranslation = {
  title: 'Kaip saugiai naudotis internetu',
  intro:
    'Jei kas nors kitas gali pažiūrėti į jūsų telefoną ar kompiuterį, jis gali sužinoti, kokiose svetainėse lankėtės. Šie žingsniai padeda to išvengti.',
  seo: {
    description:
      'Ką daro mygtukas „Išeiti iš šio puslapio“, privatus naršymas, istorijos valymas ir įrenginys, kurį tikrina kiti.',
  },
  layout: ({ markdown }) => [
    richText(
      markdown(`
        ## Mygtukas „Išeiti iš šio puslapio“

        - Pasirinkus „Išeiti iš šio puslapio“ arba 3 kartus paspaudus klavišą Shift, iškart atsidursite įprastoje svetainėje, pavyzdžiui, orų prognozės.
        - Jis **neištrina** jūsų naršymo istorijos. Čia skaitytus puslapius vis tiek galima pamatyti istorijoje.
        - Išėjus šiuo būdu, paspaudus „Atgal“ ši svetainė vėl neatsidarys, tačiau ji vis tiek liks jūsų istorijos sąraše.

        ## Privatus naršymas

        Daugelis naršyklių turi privatų režimą: „Private“ langą „Safari“ ir „Firefox“, „Incognito“ – „Chrome“, „InPrivate“ – „Edge“. Šiame režime aplankyti puslapiai neišsaugomi istorijoje, kai uždarote visus privačius langus.

        Privatus naršymas neslepia to, ką darote, nuo jūsų interneto paslaugų teikėjo, nuo darbovietės ar mokyklos tinklo ir nuo žmogaus, kuris mato jūsų ekraną.

        ## Istorijos valymas

        Jei nesinaudojote privačiu naršymu, galite ištrinti puslapius iš istorijos: daugelyje naršyklių atidarykite meniu, pasirinkite „Istorija“ (History) ir ištrinkite šios svetainės puslapius.

        Jei kas nors dažnai tikrina jūsų įrenginį, visiškai tuščia istorija gali sukelti įtarimų. Ištrinti tik šios svetainės puslapius gali būti saugiau nei ištrinti viską.

        ## Jei kas nors kitas naudojasi jūsų įrenginiu ar jį tikrina

        - Jei galite, naudokitės įrenginiu, kurio jie negali patikrinti: draugo telefonu ar kompiuteriu bibliotekoje.
        - Adreso juosta gali pasiūlyti šią svetainę, kai įvedate kelias raides. Ištrynus ją iš istorijos, to nebebus.
        - Pagalvokite, kas gali matyti jūsų telefono sąskaitą, el. laiškus ir žinutes.
        - Ši svetainė nenaudoja slapukų ir nepraneša jokiai kitai bendrovei, kad apsilankėte, tačiau jūsų naršyklė vis tiek saugo savo istoriją.

        ## Jei jums gresia pavojus dabar

        Skambinkite 999. Jei negalite kalbėti, neišjunkite ryšio ir paspauskite 55, kai jūsų paprašys.
      `),
    ),
  ],
}
