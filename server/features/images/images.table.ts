export interface ImagesTable {
  id: string;
  /** Always one we produced ourselves (image/webp), never what the uploader claimed. */
  content_type: string;
  width: number;
  height: number;
  bytes: Uint8Array;
  created_by: string | null;
  created_at: string;
}
