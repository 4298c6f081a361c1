/** Organisation-wide settings, one JSON value per key. */
export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}
