import { trackingUrl } from './tracking-url';

describe('trackingUrl', () => {
  it.each([
    ['DHL', 'JD0146', 'https://www.dhl.com/global-en/home/tracking.html?tracking-id=JD0146'],
    ['DHL Express', 'JD0146', 'https://www.dhl.com/global-en/home/tracking.html?tracking-id=JD0146'],
    [' ups ', '1Z 999', 'https://www.ups.com/track?tracknum=1Z%20999'],
    ['FedEx', '7712', 'https://www.fedex.com/fedextrack/?trknbr=7712'],
    ['Aramex', '123', 'https://www.aramex.com/track/results?ShipmentNumber=123'],
    ['Amana', 'CA1MA', 'https://www.poste.ma/suivi?code=CA1MA'],
    ['Poste Maroc', 'CA1MA', 'https://www.poste.ma/suivi?code=CA1MA'],
    ['Local courier', 'X1', undefined],
  ])('%s %s -> %s', (carrier, number, expected) => {
    expect(trackingUrl(carrier, number)).toBe(expected);
  });
});
