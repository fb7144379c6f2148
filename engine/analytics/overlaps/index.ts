export {
  DIRECT_CRIME_DEFAULTS,
  crimeTypesOf,
  directCrimes,
  type DirectCrimeOptions,
  type DirectCrimes,
} from "./direct-crimes.ts";
export {
  CRIME_LINK_DEFAULTS,
  CRIME_LINK_PARAMETERS,
  crimeLinksOf,
  crimeReach,
  reachedTypes,
  type CrimeLink,
  type CrimeLinkOptions,
  type CrimeReach,
} from "./crime-links.ts";
export {
  communityCrimeTable,
  type CommunityCrimeRow,
  type CommunityCrimeTable,
} from "./community-crime.ts";
export { NO_RECORDED_CRIME, primaryCrimeGroups } from "./crime-groups.ts";
export {
  CRIME_BRIDGE_DEFAULTS,
  crimeBridges,
  type CrimeBridge,
  type CrimeBridgeOptions,
} from "./crime-bridges.ts";
export { crimePairs, presentCrimeTypes } from "./crime-pairs.ts";
