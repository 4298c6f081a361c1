import { listItemsContract } from '../../../../shared/contracts/authoring';
import { listCampaignsContract } from '../../../../shared/contracts/campaigns';
import { listTargetGroupsContract } from '../../../../shared/contracts/target-groups';
import { adminStoriesContract } from '../../../../shared/contracts/stories';
import { useApiData } from '../../../ui/use-api-data';
import { useJourneysText } from './journeys-text';

export type Option = { value: string; label: string };
export interface JourneyChoices {
  items: Option[];
  campaigns: Option[];
  groups: Option[];
  /** Published success stories, by their share link (/s/<code>): a message can lead to one. */
  stories: Option[];
}

/** What a journey can refer to, as options in the admin's language: trainings, campaigns, saved target groups and stories. */
export function useJourneyChoices(): JourneyChoices {
  const { language } = useJourneysText();
  const items = useApiData(listItemsContract);
  const campaigns = useApiData(listCampaignsContract);
  const groups = useApiData(listTargetGroupsContract);
  const stories = useApiData(adminStoriesContract);
  return {
    items: items.state.status === 'ready' ? items.state.data.items.map((i) => ({ value: i.id, label: (i.texts.find((x) => x.language === language) ?? i.texts[0])?.title ?? i.id })) : [],
    campaigns: campaigns.state.status === 'ready' ? campaigns.state.data.campaigns.map((c) => ({ value: c.id, label: c.name })) : [],
    groups: groups.state.status === 'ready' ? groups.state.data.groups.map((g) => ({ value: g.id, label: g.name })) : [],
    stories: stories.state.status === 'ready' ? stories.state.data.stories.filter((x) => x.status === 'approved').map((x) => ({ value: `/s/${x.code}`, label: x.title })) : [],
  };
}
