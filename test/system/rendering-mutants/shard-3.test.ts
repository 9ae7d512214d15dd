import { describeMutationShard } from '../../helpers/render-layouts/mutation-shard';

// Every mutant on every rendering, split over six files so jest's workers share the work.
describeMutationShard(2);
