import { actorUrl } from '../../features/actors/paths';
import { AccountErasedPage } from '../../features/profile/routes/account-erased-page';
import { ProfilePage } from '../../features/profile/routes/profile-page';
import { paths } from '../paths';

/** The profile links the actors that block an erasure to their pages. */
export function ProfileRoute() {
  return <ProfilePage actorHref={actorUrl} />;
}

export function AccountErasedRoute() {
  return <AccountErasedPage homeHref={paths.home} />;
}
