import type { Rule } from '../rule';
import { threePublicTotal } from './sg-1-three-public-total';
import { vehicleSubtotal } from './sg-2-vehicle-subtotal';
import { threePublicZeroFill } from './sg-3-zero-fill';

export const THREE_PUBLIC_RULES: readonly Rule[] = [threePublicTotal, vehicleSubtotal, threePublicZeroFill];
