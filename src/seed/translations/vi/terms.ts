import { translatedTraffickedAtAnyOneTime } from '../statistics'

/** One Vietnamese name for each page and action, used alike in menus, link lists and buttons. */
export const titles = {
  slaveryToday: 'Nạn nô lệ ngày nay',
  humanTrafficking: 'Mua bán người',
  forcedLabour: 'Lao động cưỡng bức',
  childTrafficking: 'Mua bán trẻ em',
  spotTheSigns: 'Nhận biết dấu hiệu lao động cưỡng bức',
}

export const actions = {
  getHelp: 'Nhận trợ giúp',
  donate: 'Quyên góp',
  signUp: 'Đăng ký nhận tin',
  campaign: 'Cùng chúng tôi vận động',
}

/** Vietnamese writes a decimal comma: 2,5 triệu is 2.5 million. */
export const traffickedAtAnyOneTime = () =>
  translatedTraffickedAtAnyOneTime({
    value: 'Khoảng 2,5 triệu',
    label: 'người trên khắp thế giới đang bị mắc kẹt trong vòng mua bán người vào bất kỳ thời điểm nào, bị bóc lột tình dục hoặc bóc lột sức lao động.',
    source: 'Tổ chức Lao động Quốc tế (ILO), báo cáo "A global alliance against forced labour" (Liên minh toàn cầu chống lao động cưỡng bức)',
  })
