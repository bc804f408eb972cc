/** Share image of the home page (en), see features/catalog/share-image-path.ts. */
import { homeShareRoute } from '../../../features/catalog/share-image-routes.ts';

export const GET = homeShareRoute('en');
