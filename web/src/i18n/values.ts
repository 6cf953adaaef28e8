// Translated names for the API's enum values and common tags.

import type { MessageKey, Translate } from './i18n';

function lookUp(t: Translate, prefix: string, value: string): string {
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  // Unknown values (a new tag, a language we do not list) show as they are.
  return text === key ? value : text;
}

export const sectorName = (t: Translate, sector: string) => lookUp(t, 'sector', sector);
export const groupName = (t: Translate, group: string) => lookUp(t, 'group', group);
export const roleName = (t: Translate, role: string) => lookUp(t, 'role', role);
export const accessNeedName = (t: Translate, need: string) => lookUp(t, 'accessNeed', need);
export const languageName = (t: Translate, language: string) => lookUp(t, 'language', language);
export const stageName = (t: Translate, stage: string) => lookUp(t, 'projectStage', stage);
export const decisionRuleName = (t: Translate, rule: string) => lookUp(t, 'decisionRule', rule);
export const chairRotationName = (t: Translate, rotation: string) => lookUp(t, 'chairRotation', rotation);
export const invitationStatusName = (t: Translate, status: string) => lookUp(t, 'invitationStatus', status);
export const memberViaName = (t: Translate, via: string) => lookUp(t, 'memberVia', via);
