/** The 评分方案 sheet's names, kept at this path for the readers outside the layout. */
export { PROFILE_DATA_NAME, PROFILE_SHEET, profileSheetDef } from "./sheets/scoring-profile";
