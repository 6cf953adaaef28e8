// Translated names for the API's enum values and common tags.

import type { MessageKey, Translate } from './i18n';

export function lookUpValue(t: Translate, prefix: string, value: string): string {
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  // Unknown values (a new tag, a language we do not list) show as they are.
  return text === key ? value : text;
}

export const sectorName = (t: Translate, sector: string) => lookUpValue(t, 'sector', sector);
export const groupName = (t: Translate, group: string) => lookUpValue(t, 'group', group);
export const roleName = (t: Translate, role: string) => lookUpValue(t, 'role', role);
export const accessNeedName = (t: Translate, need: string) => lookUpValue(t, 'accessNeed', need);
export const languageName = (t: Translate, language: string) => lookUpValue(t, 'language', language);
export const stageName = (t: Translate, stage: string) => lookUpValue(t, 'projectStage', stage);
export const decisionRuleName = (t: Translate, rule: string) => lookUpValue(t, 'decisionRule', rule);
export const chairRotationName = (t: Translate, rotation: string) => lookUpValue(t, 'chairRotation', rotation);
export const invitationStatusName = (t: Translate, status: string) => lookUpValue(t, 'invitationStatus', status);
export const memberViaName = (t: Translate, via: string) => lookUpValue(t, 'memberVia', via);
