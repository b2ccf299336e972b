import { button, callToAction, helplines, richText, signsOfExploitation, urlLink } from '../../blocks'
import type { PageTranslation } from '../types'
import { actions } from './terms'

export const getHelp: PageTranslation = {
  title: actions.getHelp,
  intro:
    'Nếu bạn, hoặc người bạn quen, đang bị ép làm việc, bị kiểm soát hoặc bị bóc lột, bạn không đơn độc và đó không phải lỗi của bạn. Sự giúp đỡ là miễn phí và được giữ bí mật, cả ngày lẫn đêm.',
  seo: {
    description:
      'Giúp đỡ miễn phí, bảo mật nếu bạn hoặc người quen bị bóc lột: gọi cho ai, điều gì xảy ra khi gọi, các dấu hiệu cần để ý.',
  },
  layout: ({ markdown }) => [
    helplines(),
    richText(
      markdown(`
        ## Điều gì xảy ra khi bạn gọi

        - Một nhân viên tư vấn đã được đào tạo sẽ trả lời, vào bất kỳ giờ nào, ngày hay đêm. Bạn có thể nói bằng tiếng của mình: họ có thể mời phiên dịch viên tham gia.
        - Bạn không cần nói tên, và bạn không cần phải chắc chắn hay có bằng chứng.
        - Họ lắng nghe, giải thích cho bạn những lựa chọn bạn có và có thể kết nối bạn với sự hỗ trợ: một nơi ở an toàn, bác sĩ, tư vấn pháp lý.
        - Những gì bạn nói được giữ bí mật. Họ chỉ chia sẻ, ví dụ với cảnh sát hoặc một dịch vụ hỗ trợ, khi bạn đồng ý, trừ khi tính mạng của ai đó đang gặp nguy hiểm ngay lúc đó hoặc một đứa trẻ đang gặp nguy hiểm.
        - Đường dây trợ giúp do một tổ chức từ thiện điều hành. Họ độc lập với cảnh sát và chính phủ.
      `),
    ),
    signsOfExploitation(),
    richText(
      markdown(`
        ## Những cách khác để báo cáo

        - **Trực tuyến:** nếu bạn không thể nói chuyện qua điện thoại, hãy dùng đường liên kết "Báo cáo trực tuyến" của đường dây trợ giúp ở trên. Bạn có thể dùng vào bất kỳ lúc nào.
        - **Không cần nêu tên:** tại Vương quốc Anh, bạn có thể gọi Crimestoppers theo số 0800 555 111. Họ sẽ không hỏi tên bạn.
        - **Nếu một đứa trẻ có thể đang gặp nguy hiểm:** hãy gọi 999, hoặc đường dây trợ giúp của NSPCC theo số 0808 800 5000.
        - **Nếu bạn không thể nói khi gọi 999:** hãy giữ máy và nhấn 55 khi được yêu cầu. Cách này dùng được khi gọi từ điện thoại di động.
      `),
    ),
    callToAction(
      'Có ai đang kiểm tra điện thoại của bạn không?',
      'Hãy đọc cách dùng trang web này an toàn hơn, và nút "Thoát trang này" làm được gì và không làm được gì.',
      [button(urlLink('Giữ an toàn khi lên mạng', '/get-help/staying-safe-online'))],
    ),
  ],
}

export const stayingSafeOnline: PageTranslation = {
  title: 'Giữ an toàn khi lên mạng',
  intro:
    'Nếu người khác có thể xem điện thoại hoặc máy tính của bạn, họ có thể biết bạn đã vào những trang web nào. Những bước dưới đây giúp điều đó khó xảy ra hơn.',
  seo: {
    description:
      'Nút "Thoát trang này" làm được gì, duyệt web riêng tư, xóa lịch sử và dùng thiết bị mà người khác kiểm tra.',
  },
  layout: ({ markdown }) => [
    richText(
      markdown(`
        ## Nút "Thoát trang này"

        - Khi bạn chọn "Thoát trang này", hoặc nhấn phím Shift 3 lần, bạn sẽ được đưa ngay đến một trang web bình thường, chẳng hạn như trang dự báo thời tiết.
        - Nút này **không** xóa lịch sử duyệt web của bạn. Những trang bạn đã đọc ở đây vẫn có thể thấy trong lịch sử.
        - Khi bạn thoát theo cách này, nhấn nút Quay lại sẽ không mở lại trang web này, nhưng nó vẫn còn trong danh sách lịch sử của bạn.

        ## Duyệt web ở chế độ riêng tư

        Hầu hết các trình duyệt đều có chế độ riêng tư: cửa sổ "Riêng tư" (Private) trong Safari và Firefox, "Ẩn danh" (Incognito) trong Chrome, "InPrivate" trong Edge. Những trang bạn xem trong chế độ này sẽ không được lưu trong lịch sử sau khi bạn đóng tất cả các cửa sổ riêng tư.

        Chế độ riêng tư không che giấu những gì bạn làm khỏi nhà cung cấp dịch vụ internet, khỏi mạng của nơi làm việc hay trường học, hoặc khỏi người có thể nhìn thấy màn hình của bạn.

        ## Xóa lịch sử

        Nếu bạn không dùng chế độ riêng tư, bạn có thể xóa các trang khỏi lịch sử: trong hầu hết các trình duyệt, hãy mở menu, chọn "Lịch sử" (History) và xóa các trang của trang web này.

        Nếu có người thường xuyên kiểm tra thiết bị của bạn, một lịch sử trống trơn có thể khiến họ nghi ngờ. Chỉ xóa những trang của trang web này có thể an toàn hơn là xóa hết.

        ## Nếu người khác dùng hoặc kiểm tra thiết bị của bạn

        - Nếu có thể, hãy dùng một thiết bị mà họ không kiểm tra được: điện thoại của một người bạn, hoặc máy tính ở thư viện.
        - Thanh địa chỉ có thể gợi ý trang web này khi bạn gõ vài chữ cái. Xóa trang này khỏi lịch sử sẽ ngăn điều đó.
        - Hãy nghĩ xem ai có thể xem hóa đơn điện thoại, e-mail và tin nhắn của bạn.
        - Trang web này không đặt cookie và không báo cho công ty nào khác biết bạn đã ghé thăm, nhưng trình duyệt của bạn vẫn giữ lịch sử riêng của nó.

        ## Nếu bạn đang gặp nguy hiểm ngay lúc này

        Hãy gọi 999. Nếu bạn không thể nói, hãy giữ máy và nhấn 55 khi được yêu cầu.
      `),
    ),
  ],
}
