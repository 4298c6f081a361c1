/** A person who chose to appear by name on individual leaderboards; absent means they did not. */
export interface LeaderboardOptInsTable {
  person_id: string;
  opted_in_at: string;
}
