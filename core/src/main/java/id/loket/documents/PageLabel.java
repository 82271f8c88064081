package id.loket.documents;

/** The page number line of a paginated document, e.g. "Halaman 1 dari 2". */
@FunctionalInterface
interface PageLabel {

    String text(int page, int pageCount);
}
