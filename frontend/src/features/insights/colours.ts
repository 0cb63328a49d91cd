import type { Sector } from './model';

/** One colour per sector, the same in the charts and the network (distinct also for common colour blindness). */
export const SECTOR_COLOURS: Record<Sector, string> = {
  BUSINESS: '#0072b2',
  ACADEMIA: '#cc79a7',
  PUBLIC: '#009e73',
  CIVIL: '#d55e00',
};
