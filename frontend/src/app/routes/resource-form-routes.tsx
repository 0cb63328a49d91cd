import { CreateResourcePage } from '../../features/resources/routes/create-resource-page';
import { EditResourcePage } from '../../features/resources/routes/edit-resource-page';
import { useResourceVocabularies } from './resource-routes';

/** The resource form's pages: a chunk of their own (router.tsx), since most visitors only read. */
export function CreateResourceRoute() {
  return <CreateResourcePage vocabularies={useResourceVocabularies()} />;
}

export function EditResourceRoute() {
  return <EditResourcePage vocabularies={useResourceVocabularies()} />;
}
