import { describeMutationShard } from '../../helpers/render-layouts/mutation-shard';

// Every mutant on every rendering, split over four files so jest's workers share the work.
describeMutationShard(0);
