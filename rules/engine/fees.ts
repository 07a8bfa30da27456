import type { Title } from '../facts/facts.js';
import type { Fee, Motif } from '../evaluation.js';
import {
  cniLossOrTheftFee,
  passportAdultFee,
  passportAdultFeePhotoAtCounter,
  passportChildFee,
  passportChildFeePhotoAtCounter,
  passportTeenFee,
  passportTeenFeePhotoAtCounter,
} from '../parameters/fees.js';
import { ages } from '../parameters/policies.js';
import { need, type Context } from './context.js';
import { photoTakenAtCounter } from './common-pieces.js';
import { freeReplacement } from './name-change.js';

/** The tax stamp for one title (RULES.md §3), read as of the deposit date. */
export function fee(ctx: Context, title: Title, motif: Motif): Fee {
  const territory = need(ctx.facts.territory, 'territory');
  if (title === 'cni') {
    const amount = motif === 'loss' || motif === 'theft' ? ctx.param(cniLossOrTheftFee)[territory] : 0;
    return { title, amount, currency: 'EUR' };
  }
  // A valid passport replaced after a name change or for want of a visa page: no stamp, counter photo included.
  if (motif === 'renewal' && freeReplacement(ctx)) return { title, amount: 0, currency: 'EUR' };
  const age = ctx.age();
  const { majority, passportTeenFee: teen } = ctx.param(ages);
  const [base, atCounter] =
    age >= majority
      ? [passportAdultFee, passportAdultFeePhotoAtCounter]
      : age >= teen
        ? [passportTeenFee, passportTeenFeePhotoAtCounter]
        : [passportChildFee, passportChildFeePhotoAtCounter];
  const amount =
    (territory === 'guyane' || territory === 'mayotte') && photoTakenAtCounter(ctx)
      ? ctx.param(atCounter)[territory]
      : ctx.param(base)[territory];
  return { title, amount, currency: 'EUR' };
}
