import type { AnnotationView } from "@/lib/data/annotations";
import { DeleteAnnotationButton } from "./DeleteAnnotationButton";
import { EditAnnotationForm } from "./EditAnnotationForm";

/** What an editor can do to an annotation in the list: edit its judgement, or delete it. */
export function AnnotationEditorControls({ annotation }: { annotation: AnnotationView }) {
  return (
    <>
      <EditAnnotationForm annotation={annotation} />
      <DeleteAnnotationButton id={annotation.id} />
    </>
  );
}
