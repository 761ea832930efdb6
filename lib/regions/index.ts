// Regions of notices (GB/T 2260): background and dashboard only, never the content script.
export { inferRegion, noticeRegion, divisionMentions, resolveMentions, regionOfDivision, NO_REGION, type Region } from './infer-region';
export { divisionIndex, buildDivisionIndex, provinceShortName, cityShortName, type Division, type DivisionIndex } from './division-index';
