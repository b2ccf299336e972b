import type { PageSeed } from '../types'
import { childTrafficking } from './child-trafficking'
import { forcedLabour } from './forced-labour'
import { getHelp } from './get-help'
import { home } from './home'
import { humanTrafficking } from './human-trafficking'
import { privacy } from './privacy'
import { slaveryToday } from './slavery-today'
import { spotTheSigns } from './spot-the-signs'
import { stayingSafeOnline } from './staying-safe-online'

/** Parents come before their children: a page's address is worked out from its parent's. */
export const pageSeeds: PageSeed[] = [home, slaveryToday, humanTrafficking, forcedLabour, childTrafficking, spotTheSigns, privacy, getHelp, stayingSafeOnline]
