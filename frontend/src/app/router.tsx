import type { RouteObject } from 'react-router';
import { ActorPage } from '../features/actors/routes/actor-page';
import { ModerationPage } from '../features/actors/routes/moderation-page';
import { MyOrganisationsPage } from '../features/actors/routes/my-organisations-page';
import { ProfilePage } from '../features/profile/routes/profile-page';
import { RootLayout } from './layout/root-layout';
import { RouteError } from './layout/route-error';
import { paths } from './paths';
import { ActorDirectoryRoute, EditActorRoute, RegisterActorRoute } from './routes/actor-routes';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home, element: <HomePage /> },
      { path: paths.profile, element: <ProfilePage /> },
      { path: paths.actors, element: <ActorDirectoryRoute /> },
      // A static segment outranks :slug, so /aktorer/ny is never read as an actor's slug.
      { path: paths.registerActor, element: <RegisterActorRoute /> },
      { path: paths.actor, element: <ActorPage /> },
      { path: paths.editActor, element: <EditActorRoute /> },
      { path: paths.myOrganisations, element: <MyOrganisationsPage /> },
      { path: paths.moderation, element: <ModerationPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
