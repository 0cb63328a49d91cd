import { CreateCollaborationPage } from '../../features/collaborations/routes/create-collaboration-page';
import { EditCollaborationPage } from '../../features/collaborations/routes/edit-collaboration-page';
import { useCollaborationVocabularies } from './collaboration-routes';

/** The collaboration form's pages: a chunk of their own (router.tsx), since most visitors only read. */
export function CreateCollaborationRoute() {
  return <CreateCollaborationPage vocabularies={useCollaborationVocabularies()} />;
}

export function EditCollaborationRoute() {
  return <EditCollaborationPage vocabularies={useCollaborationVocabularies()} />;
}
