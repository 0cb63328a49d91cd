import type { RouteObject } from 'react-router';
import { LoadingMessage } from '../components/query-status';
import { ModerationPage } from './routes/moderation-page';
import { RootLayout } from './layout/root-layout';
import { RouteError } from './layout/route-error';
import { paths } from './paths';
import { ActorDirectoryRoute, ActorRoute, EditActorRoute, MyOrganisationsRoute, RegisterActorRoute } from './routes/actor-routes';
import { CollaborationDirectoryRoute, CollaborationRoute } from './routes/collaboration-routes';
import { FeedBuilderRoute } from './routes/feed-routes';
import { HomePage } from './routes/home-page';
import { InsightsRoute } from './routes/insights-routes';
import { NotFoundPage } from './routes/not-found-page';
import { AccountErasedRoute, ProfileRoute } from './routes/profile-routes';
import { ResourceCatalogueRoute, ResourceRoute } from './routes/resource-routes';
import { SearchRoute } from './routes/search-routes';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    // Shown while a page that loads when first opened (the resource form) arrives on a fresh start.
    hydrateFallbackElement: <LoadingMessage />,
    children: [
      { path: paths.home, element: <HomePage /> },
      { path: paths.profile, element: <ProfileRoute /> },
      { path: paths.accountErased, element: <AccountErasedRoute /> },
      { path: paths.actors, element: <ActorDirectoryRoute /> },
      // A static segment outranks :slug, so /aktorer/ny is never read as an actor's slug.
      { path: paths.registerActor, element: <RegisterActorRoute /> },
      { path: paths.actor, element: <ActorRoute /> },
      { path: paths.editActor, element: <EditActorRoute /> },
      { path: paths.myOrganisations, element: <MyOrganisationsRoute /> },
      { path: paths.moderation, element: <ModerationPage /> },
      { path: paths.resources, element: <ResourceCatalogueRoute /> },
      // The resource form (create and edit) loads when first opened: only editors need it.
      {
        path: paths.createResource,
        lazy: async () => ({ Component: (await import('./routes/resource-form-routes')).CreateResourceRoute }),
      },
      { path: paths.resource, element: <ResourceRoute /> },
      {
        path: paths.editResource,
        lazy: async () => ({ Component: (await import('./routes/resource-form-routes')).EditResourceRoute }),
      },
      { path: paths.collaborations, element: <CollaborationDirectoryRoute /> },
      // The collaboration form (start and edit) loads when first opened, like the resource form.
      {
        path: paths.createCollaboration,
        lazy: async () => ({ Component: (await import('./routes/collaboration-form-routes')).CreateCollaborationRoute }),
      },
      { path: paths.collaboration, element: <CollaborationRoute /> },
      {
        path: paths.editCollaboration,
        lazy: async () => ({ Component: (await import('./routes/collaboration-form-routes')).EditCollaborationRoute }),
      },
      { path: paths.search, element: <SearchRoute /> },
      { path: paths.feeds, element: <FeedBuilderRoute /> },
      { path: paths.insights, element: <InsightsRoute /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
