/** A booking contact that is a web address gets a QR code; a phone number is only written. */
export const isWebAddress = (booking: string): boolean => /^https?:\/\/\S+$/i.test(booking);
