import { MAX_UPLOAD_BYTES } from '../../files/upload-limits';

/** An upload's body: the file at its ceiling plus room for the multipart envelope and fields. */
export const UPLOAD_BODY_LIMIT = MAX_UPLOAD_BYTES + 64 * 1024;
