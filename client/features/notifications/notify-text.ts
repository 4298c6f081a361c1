import type { FeatureText } from '../../app/i18n';

/* The notify texts: they load with the screens that use them, not with the first screen. */
const en = {
  'notify.title': 'Reminders',
  'notify.why': 'At your learning moment we send one short notification with a training that suits you. Only in work time, at most a few a week, and you can turn them off at any time.',
  'notify.enable': 'Turn on reminders',
  'notify.enabling': 'Turning on…',
  'notify.on': 'Reminders are on for this device.',
  'notify.disable': 'Turn off on this device',
  'notify.dismissed': 'No choice made. Tap again when you want reminders.',
  'notify.denied': 'You chose not to get notifications, and we respect that. Your reminders wait in your messages in the app.',
  'notify.denied.how': 'Changed your mind? Allow notifications for Leerlust in your browser (the icon left of the address → Notifications) or in your phone’s settings (Settings → Notifications → Leerlust).',
  'notify.failed': 'Reminders could not be turned on on this device: the browser’s notification service cannot be reached. Your reminders wait in your messages in the app.',
  'notify.unsupported': 'This browser cannot show reminders as notifications. Your reminders wait in your messages in the app.',
  'notify.ios': 'On an iPhone or iPad, reminders only arrive once Leerlust is on your Home Screen. Add it via Share → Add to Home Screen and open it from there. Until then, your reminders wait in your messages in the app.',
  'notify.inbox.title': 'Messages',
  'notify.inbox.intro': 'Reminders and news from Leerlust. What could not reach you as a notification waits here.',
  'notify.inbox.empty': 'No messages yet.',
  'notify.inbox.new': 'New',
  'notify.inbox.pushed': 'Sent as a notification',
  'notify.inbox.open': 'Open',
  'notify.inbox.readAll': 'Mark all as read',
  'notify.inbox.link': 'Messages',
} as const;

const nl: Record<keyof typeof en, string> = {
  'notify.title': 'Herinneringen',
  'notify.why': 'Op je leermoment sturen we één korte melding met een training die bij je past. Alleen in werktijd, hooguit een paar per week, en je zet ze altijd weer uit.',
  'notify.enable': 'Herinneringen aanzetten',
  'notify.enabling': 'Bezig…',
  'notify.on': 'Herinneringen staan aan op dit apparaat.',
  'notify.disable': 'Uitzetten op dit apparaat',
  'notify.dismissed': 'Nog geen keuze gemaakt. Tik opnieuw als je herinneringen wilt.',
  'notify.denied': 'Je hebt gekozen voor geen meldingen, en dat respecteren we. Je herinneringen staan in je berichten in de app.',
  'notify.denied.how': 'Toch meldingen? Sta meldingen voor Leerlust toe in je browser (het icoon links van het adres → Meldingen) of in de instellingen van je telefoon (Instellingen → Meldingen → Leerlust).',
  'notify.failed': 'Herinneringen aanzetten lukte niet op dit apparaat: de meldingsdienst van je browser is niet bereikbaar. Je herinneringen staan in je berichten in de app.',
  'notify.unsupported': 'Deze browser kan herinneringen niet als melding tonen. Je herinneringen staan in je berichten in de app.',
  'notify.ios': 'Op een iPhone of iPad komen herinneringen alleen binnen als Leerlust op je beginscherm staat. Zet het erop via Deel → Zet op beginscherm en open het van daaruit. Tot dan staan je herinneringen in je berichten in de app.',
  'notify.inbox.title': 'Berichten',
  'notify.inbox.intro': 'Herinneringen en nieuws van Leerlust. Wat je niet als melding kon bereiken, staat hier.',
  'notify.inbox.empty': 'Nog geen berichten.',
  'notify.inbox.new': 'Nieuw',
  'notify.inbox.pushed': 'Verstuurd als melding',
  'notify.inbox.open': 'Openen',
  'notify.inbox.readAll': 'Alles als gelezen markeren',
  'notify.inbox.link': 'Berichten',
};

export const notifyText: FeatureText<keyof typeof en> = { en, nl };
