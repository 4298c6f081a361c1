import type { FeatureText } from '../../app/i18n';

/* Texts of the competition target-group fields: admin-only, so they load with the admin rewards screen. */
const en = {
  'adminRewards.target': 'Who can take part (nothing ticked: everyone)',
  'adminRewards.target.departments': 'Departments',
  'adminRewards.target.teams': 'Teams',
  'adminRewards.target.roles': 'Roles',
  'adminRewards.target.role.employee': 'Employees',
  'adminRewards.target.role.manager': 'Managers',
  'adminRewards.target.languages': 'Languages',
  'adminRewards.target.savedGroups': 'Saved target groups (in at least one)',
  'adminRewards.target.language.nl': 'Dutch',
  'adminRewards.target.language.en': 'English',
} as const;

const nl: Record<keyof typeof en, string> = {
  'adminRewards.target': 'Wie doet mee (niets aangevinkt: iedereen)',
  'adminRewards.target.departments': 'Afdelingen',
  'adminRewards.target.teams': 'Teams',
  'adminRewards.target.roles': 'Rollen',
  'adminRewards.target.role.employee': 'Medewerkers',
  'adminRewards.target.role.manager': 'Leidinggevenden',
  'adminRewards.target.languages': 'Talen',
  'adminRewards.target.savedGroups': 'Opgeslagen doelgroepen (in minstens één)',
  'adminRewards.target.language.nl': 'Nederlands',
  'adminRewards.target.language.en': 'Engels',
};

export const targetGroupsText: FeatureText<keyof typeof en> = { en, nl };
