import { button, callToAction, pageLink, relatedLinks, richText, urlLink } from '../../blocks'
import type { PageTranslation } from '../types'
import { actions, titles } from './terms'

export const slaveryToday: PageTranslation = {
  title: titles.slaveryToday,
  intro:
    'Chế độ nô lệ đã bị luật pháp bãi bỏ từ lâu, nhưng trên thực tế thì chưa. Ngày nay nó ẩn mình trên những cánh đồng, trong nhà máy, trong bếp và trong nhà riêng, và có thể ở gần bạn hơn bạn nghĩ.',
  seo: { description: 'Tổng quan về nạn nô lệ hiện đại: nó là gì, có những hình thức nào và làm sao để nhận biết.' },
  layout: ({ markdown, page }) => [
    richText(
      markdown(`
        ## "Nô lệ hiện đại" nghĩa là gì

        Nô lệ hiện đại là một khái niệm chung. Nó bao gồm mọi hoàn cảnh trong đó một người kiểm soát người khác để kiếm lời từ họ, còn người bị kiểm soát thì không thể từ chối hay bỏ đi vì bị đe dọa, bạo lực, nợ nần, lừa dối hoặc lạm dụng quyền lực.

        Nó hiếm khi giống những sợi xích trong sách lịch sử. Một người lao động bị lấy mất hộ chiếu, một thiếu niên bị bắt vận chuyển ma túy để trả một "món nợ", một người phụ nữ không thể rời khỏi ngôi nhà nơi cô phải dọn dẹp ngày đêm: tất cả họ đều có thể đang là nô lệ.

        ## Bắt đầu từ đâu

        Các trang dưới đây giải thích những hình thức chính của nạn nô lệ hiện đại và những điều cần để ý. Nếu bạn đang lo lắng cho ai đó ngay lúc này, hãy vào [trang nhận trợ giúp](/get-help) của chúng tôi.
      `),
    ),
    relatedLinks('Trong mục này', [
      pageLink(titles.humanTrafficking, page('/slavery-today/human-trafficking')),
      pageLink(titles.forcedLabour, page('/slavery-today/forced-labour')),
      pageLink(titles.childTrafficking, page('/slavery-today/child-trafficking')),
      pageLink(titles.spotTheSigns, page('/slavery-today/spot-the-signs')),
    ]),
    callToAction('Bạn đang lo lắng cho ai đó?', 'Lời khuyên là miễn phí và được giữ bí mật. Trong trường hợp khẩn cấp, hãy gọi 999.', [
      button(urlLink(actions.getHelp, '/get-help')),
    ]),
  ],
}
