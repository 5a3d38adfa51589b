import { sendCode } from '../../api/auth/sendCode';
import { signIn } from '../../api/auth/signIn';
import { verifyCode } from '../../api/auth/verifyCode';
import { setWebsiteSession, websiteSessionStore } from '../../api/website/session';
import { WEBSITE_PATH } from '../../app/routes';
import { demoAccount } from '../../cloud/demoAccount';
import { phonePath } from '../stages';
import { emailedCode, type Step } from './steps';

/** The optional chapter: the backup just made, on the account website (SPEC section 4b). */
export const websiteChapter: Step[] = [
  {
    caption:
      'The backup is on the account website too: OneDrive › Options › Device backups, in a desktop browser with a sign-in of its own.',
    async run(s) {
      await s.go(WEBSITE_PATH);
      await s.beat();
      if (!websiteSessionStore.getState().session) {
        s.say(`Signing in on the website as ${demoAccount.email}, with a code by email, as the phone does…`);
        const challenge = await signIn(demoAccount.email, demoAccount.password);
        await sendCode(challenge.challengeId, 'email');
        const { token, account } = await verifyCode(challenge.challengeId, await emailedCode());
        setWebsiteSession({
          token,
          accountId: account.id,
          email: account.email,
          displayName: account.displayName,
        });
        await s.go(WEBSITE_PATH);
      }
      s.say(
        'Device backups: one row per phone, with its model, date and size. Delete there deletes it for the phone too.',
      );
    },
  },
  {
    caption: 'Back to the phone, where it was.',
    run: (s) => s.go(phonePath()),
  },
];
