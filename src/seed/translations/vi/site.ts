import type { ImageTranslation, SiteSettingsTranslation } from '../types'
import type { ImageKey } from '../../images'
import { actions, titles } from './terms'

export const siteSettings: SiteSettingsTranslation = {
  tagline: 'Cùng nhau chấm dứt nạn nô lệ hiện đại',
  footerText:
    'Freedom Line hoạt động để chấm dứt nạn nô lệ hiện đại ở Vương quốc Anh và trên thế giới. Nếu bạn lo lắng cho ai đó, hãy gọi Đường dây trợ giúp về Nô lệ hiện đại và Bóc lột (Modern Slavery & Exploitation Helpline) theo số 08000 121 700 (miễn phí, 24 giờ). Trong trường hợp khẩn cấp, hãy gọi 999.',
  helpline: {
    countryName: 'Vương quốc Anh',
    name: 'Đường dây trợ giúp về Nô lệ hiện đại và Bóc lột',
    hours: 'Miễn phí, bảo mật, 24 giờ một ngày, 7 ngày một tuần',
    languages: 'Tiếng Anh, có phiên dịch cho các ngôn ngữ khác',
  },
  interestLabels: {
    'Campaigns and petitions': 'Chiến dịch và kiến nghị',
    'News and research': 'Tin tức và nghiên cứu',
    'Events and fundraising': 'Sự kiện và gây quỹ',
  },
  linkLabels: {
    'Slavery today': titles.slaveryToday,
    'Human trafficking': titles.humanTrafficking,
    Stories: 'Câu chuyện',
    News: 'Tin tức',
    'Get help': actions.getHelp,
    'Spot the signs': 'Nhận biết dấu hiệu',
    'Sign up for updates': actions.signUp,
    Donate: actions.donate,
  },
}

/** The pictures on the translated pages (home, slavery today, the explainer). */
export const images: Partial<Record<ImageKey, ImageTranslation>> = {
  horizon: {
    alt: 'Hình minh họa: mặt trời màu vàng đang mọc sau những lớp đồi màu cát, dưới bầu trời xanh thẫm.',
    caption: 'Một ngày mới: ai cũng phải được tự do chọn công việc của mình và tự do bỏ việc.',
  },
  paths: {
    alt: 'Hình minh họa: nhiều đường uốn lượn, mỗi đường mang một chấm nhỏ, tất cả cùng dẫn vào một hình vuông tối màu, đóng kín.',
    caption: 'Người ta bị lôi kéo đến từ gần và từ xa, thường là bởi một người họ tin tưởng.',
  },
  fields: {
    alt: 'Hình minh họa: những bóng người nhỏ màu sẫm cúi lưng trên các luống ruộng trải dài tới đường chân trời thấp.',
    caption: 'Phần lớn những người bị mua bán bị bóc lột sức lao động, không phải bị bóc lột tình dục.',
  },
  doorways: {
    alt: 'Hình minh họa: một dãy sáu ô cửa hình vòm lúc chạng vạng; một ô cửa sáng màu vàng và rọi sáng mặt đất.',
    caption: 'Sự trợ giúp là miễn phí, được giữ bí mật và luôn sẵn sàng cả ngày lẫn đêm.',
  },
}
