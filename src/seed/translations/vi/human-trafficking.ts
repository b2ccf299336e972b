import { button, callToAction, image, pageLink, pullQuote, relatedLinks, richText, storyTeaser, urlLink } from '../../blocks'
import type { PageTranslation } from '../types'
import { actions, titles, traffickedAtAnyOneTime } from './terms'

/** The explainer in Vietnamese: a faithful translation of seed/pages/human-trafficking.ts, block for block. */
export const humanTrafficking: PageTranslation = {
  title: titles.humanTrafficking,
  intro:
    'Mua bán người là việc tuyển mộ, đưa đi hoặc giữ người lại để kẻ khác kiếm lời từ họ. Việc này có thể xảy ra ở tận bên kia thế giới, hoặc ngay ở con phố bên cạnh.',
  seo: {
    description: 'Mua bán người là gì, các hình thức của nó, khác với đưa người vượt biên trái phép ra sao, và người ta bị lôi kéo vào như thế nào.',
  },
  layout: ({ markdown, image: imageId, page, story }) => [
    richText(
      markdown(`
        ## Mua bán người là gì

        Một người bị mua bán khi họ bị tuyển mộ, bị đưa đi hoặc bị giữ ở một nơi nào đó (luật gọi là "chứa chấp") để bị bóc lột, và những kẻ đứng sau đạt được mục đích bằng bạo lực, lừa dối hoặc ép buộc. Việc này xảy ra với nam giới, với phụ nữ và với trẻ em. Một khi đã sa vào bẫy, họ bị bắt làm việc trái với ý muốn của mình và không được tự do bỏ đi.

        Kẻ buôn người kiếm tiền từ con người bằng nhiều cách khác nhau. Các hình thức bóc lột chính là:

        - ép buộc bán dâm
        - cưỡng bức lao động
        - ép buộc đi ăn xin
        - ép buộc phạm tội, chẳng hạn như trộm cắp hoặc trồng ma túy cho người khác
        - nô lệ giúp việc trong nhà, khi một người bị giữ làm người hầu không được trả lương trong nhà riêng
        - cưỡng ép kết hôn
        - cưỡng bức lấy nội tạng

        ## Không nhất thiết phải đi đâu xa

        Nhiều người hình dung mua bán người là một chuyến đi dài qua biên giới. Hình dung đó dễ gây hiểu lầm: một người hoàn toàn không cần bị đưa từ nơi này sang nơi khác. Mua bán người xảy ra giữa các quốc gia, nhưng cũng xảy ra ngay trong một nước, thậm chí trong cùng một cộng đồng, chỉ cách nhà của người đó vài con phố.

        ## Trẻ em thì khác

        Với người lớn, mua bán người có yếu tố bạo lực, lừa dối hoặc ép buộc. Với trẻ em, không cần bất kỳ yếu tố nào trong số đó. Chỉ riêng việc đưa một đứa trẻ vào hoàn cảnh bị bóc lột đã là mua bán người, kể cả khi không ai đe dọa, lừa gạt hay ép buộc em.
      `),
    ),
    image(imageId('fields'), { width: 'wide' }),
    richText(
      markdown(`
        ## Mua bán người không giống với đưa người vượt biên trái phép

        Hai khái niệm này thường bị nhầm lẫn với nhau, nhưng chúng nói về những việc khác nhau.

        - **Đưa người vượt biên trái phép** là giúp một người vượt qua biên giới quốc gia một cách bất hợp pháp để lấy tiền. Khi chuyến đi kết thúc, người được đưa qua biên giới được tự do rời đi.
        - **Mua bán người** là đưa đi hoặc giữ một người lại *để bóc lột người đó*. Kẻ buôn người tổ chức việc di chuyển vì mục đích ấy, và bóc lột chính là mục đích của cả sự việc. Không nhất thiết phải vượt qua biên giới quốc gia nào: mua bán người cũng xảy ra trong một nước, và thậm chí trong một cộng đồng.
      `),
    ),
    traffickedAtAnyOneTime(),
    richText(
      markdown(`
        ## Vì sao khó có con số chính xác

        Mua bán người được cố tình che giấu, và nhiều người bị hại không bao giờ được cảnh sát, các dịch vụ hỗ trợ hay bất kỳ ai khác phát hiện. Vì vậy rất khó thu thập số liệu chính xác, nên mọi con số, kể cả con số ở trên, đều chỉ là ước tính.

        Bóc lột tình dục thường xuất hiện nhiều nhất trên báo chí, nhưng đó không phải là trường hợp thường gặp: phần lớn những người bị mua bán chỉ bị bóc lột sức lao động.
      `),
    ),
    pullQuote(
      'Họ bảo tôi có việc làm trong bếp của một khách sạn, có chỗ ở và lương khá. Khi tôi đến nơi thì chẳng có khách sạn nào cả, và họ nói tôi còn nợ họ tiền đi đường.',
      'Ví dụ hư cấu, tên đã được thay đổi',
    ),
    richText(
      markdown(`
        ## Người ta bị lôi kéo vào như thế nào

        Nhiều người cuối cùng bị mua bán đã ra đi để tìm một cuộc sống tốt đẹp hơn. Họ muốn thoát khỏi cảnh nghèo khó hoặc sự phân biệt đối xử, và muốn có một khoản thu nhập để gửi về nuôi gia đình. Kẻ buôn người lợi dụng chính niềm hy vọng đó để hại họ.

        Thường thì mọi chuyện bắt đầu bằng lời mời làm một công việc lương cao ở nước ngoài hoặc ở một vùng khác trong nước, do người thân, bạn bè hoặc một công ty môi giới việc làm giới thiệu. Nhưng công việc được hứa hẹn là giả. Khi đến nơi, chẳng có công việc nào như vậy, và họ bị bắt làm những việc, hoặc phải chịu những điều kiện, mà họ chưa bao giờ đồng ý.
      `),
    ),
    // Two fictional example stories, as on the reference page; each shows only while its consent covers the web.
    storyTeaser(story('hai')),
    storyTeaser(story('rasa')),
    callToAction(
      'Chung tay chấm dứt nạn mua bán người',
      'Cùng hàng nghìn người ủng hộ thúc đẩy sự thay đổi, hoặc quyên góp để giúp chúng tôi tiếp tục hỗ trợ những người đã thoát khỏi cảnh bị mua bán.',
      [button(urlLink(actions.campaign, '/campaigns'), 'primary'), button(urlLink(actions.donate, '/donate'), 'secondary')],
    ),
    relatedLinks('Tìm hiểu thêm', [
      pageLink(titles.forcedLabour, page('/slavery-today/forced-labour')),
      pageLink(titles.childTrafficking, page('/slavery-today/child-trafficking')),
      pageLink(titles.spotTheSigns, page('/slavery-today/spot-the-signs')),
    ]),
  ],
}
