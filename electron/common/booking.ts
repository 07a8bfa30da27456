/** A booking contact that is a web address gets a QR code (on the screen and on the ticket); a phone number is only written. */
export const isWebAddress = (booking: string): boolean => /^https?:\/\/\S+$/i.test(booking);
