import { button, callToAction, donateBanner, pageLink, relatedLinks, richText, urlLink } from '../../blocks'
import type { PageTranslation } from '../types'
import { actions, titles, traffickedAtAnyOneTime } from './terms'

export const home: PageTranslation = {
  title: 'Cùng nhau, chúng ta có thể chấm dứt nạn nô lệ hiện đại',
  intro:
    'Freedom Line hoạt động để ngăn chặn nạn nô lệ hiện đại, để đồng hành cùng những người đã thoát khỏi nó, và để thay đổi những luật lệ và cách làm ăn đang khiến nạn này tiếp diễn.',
  // The charity's name alone in the browser tab, as in English.
  seo: { title: 'Freedom Line', description: 'Freedom Line là một tổ chức từ thiện ở Vương quốc Anh, hoạt động để chấm dứt nạn nô lệ hiện đại và mua bán người.' },
  layout: ({ markdown, page }) => [
    richText(
      markdown(`
        ## Sứ mệnh của chúng tôi

        Không ai đáng bị mua, bị bán, bị lừa gạt hay bị đe dọa để phải làm việc. Vậy mà ở mọi quốc gia, kể cả ở Vương quốc Anh này, vẫn có người bị bóc lột, nhiều khi ngay trước mắt mọi người.

        Chúng tôi giải thích chế độ nô lệ vận hành như thế nào để nhiều người hơn có thể nhận ra nó. Chúng tôi giúp những người đã thoát ra tìm được sự an toàn, lời khuyên và một tương lai do chính họ lựa chọn. Và cùng với những người ủng hộ, chúng tôi vận động để có luật pháp và chuỗi cung ứng không còn chỗ cho sự bóc lột.
      `),
    ),
    traffickedAtAnyOneTime(),
    callToAction(
      'Đồng hành cùng chúng tôi',
      'Nhận tin về công việc và các chiến dịch của chúng tôi, hoặc quyên góp ngay hôm nay để giúp một người xây dựng lại cuộc sống.',
      [button(urlLink(actions.signUp, '/updates')), button(urlLink(actions.donate, '/donate'), 'secondary')],
    ),
    donateBanner('Quyên góp hôm nay', 'Mỗi món quà, dù lớn hay nhỏ, đều giúp một người sống sót tìm được sự an toàn, lời khuyên đáng tin cậy và một tương lai do chính họ lựa chọn.', [15, 40, 100], 'home-page'),
    relatedLinks('Hiểu về nạn nô lệ hiện đại', [
      pageLink(titles.humanTrafficking, page('/slavery-today/human-trafficking')),
      pageLink(titles.forcedLabour, page('/slavery-today/forced-labour')),
      pageLink(titles.childTrafficking, page('/slavery-today/child-trafficking')),
      pageLink(titles.spotTheSigns, page('/slavery-today/spot-the-signs')),
    ]),
  ],
}
