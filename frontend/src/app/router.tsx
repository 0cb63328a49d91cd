import type { RouteObject } from 'react-router';
import { ProfilePage } from '../features/profile/routes/profile-page';
import { RootLayout } from './layout/root-layout';
import { RouteError } from './layout/route-error';
import { paths } from './paths';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home, element: <HomePage /> },
      { path: paths.profile, element: <ProfilePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
