//
// Standalone reproduction: ASan's "strict_string_checks" reports a
// heap-buffer-overflow in cairo_show_page() for a PDF page with text
// clusters on cairo 1.18 (Debian 13), none on cairo 1.16 (Debian 12).
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Build and run:
//
//   cc -g -fsanitize=address cairo-strndup.c -o cairo-strndup $(pkg-config --cflags --libs cairo)
//   export ASAN_OPTIONS=detect_leaks=0
//   ASAN_OPTIONS=$ASAN_OPTIONS:strict_string_checks=1 ./cairo-strndup
//       # cairo 1.18: heap-buffer-overflow, READ of size 3 after a 2-byte
//       # region, in strndup() called from cairo_show_page()
//   ASAN_OPTIONS=$ASAN_OPTIONS:strict_string_checks=0 ./cairo-strndup
//       # clean, as is cairo 1.16 either way
//   ASAN_OPTIONS=$ASAN_OPTIONS:strict_string_checks=1:suppressions=asan.supp ./cairo-strndup
//       # clean: the suppression the sanitizer tests use
//
// A PDF surface records the page and replays it at cairo_show_page().  The
// recording keeps the text of cairo_show_text_glyphs() as a copy of exactly
// its bytes, with no NUL after them; when the replay maps a one-character
// cluster to Unicode, cairo 1.18 copies that character with strndup(text,
// length).  strndup() reads at most "length" bytes, so nothing is read out of
// bounds; but ASan's strndup interceptor, under strict_string_checks=1,
// checks strlen(text) + 1 bytes instead, and runs off the end of the copy.
// onshi-notice's PDF output does the same through pango, which passes the
// clusters so that the text stays extractable.
//

#include <cairo.h>
#include <cairo-pdf.h>
#include <stdio.h>


//
// 'discard()' - Throw the PDF away.
//

static cairo_status_t			// O - Status
discard(void                *closure,	// I - Unused
        const unsigned char *data,	// I - Unused
        unsigned int        length)	// I - Unused
{
  (void)closure;
  (void)data;
  (void)length;

  return (CAIRO_STATUS_SUCCESS);
}


//
// 'main()' - Show two glyphs as two one-character clusters on a PDF page.
//

int					// O - Exit status
main(void)
{
  cairo_surface_t	*surface;	// PDF surface
  cairo_t		*cr;		// Drawing context
  cairo_glyph_t		*glyphs = NULL;	// Glyphs of the text
  int			num_glyphs = 0;	// Number of glyphs
  cairo_text_cluster_t	*clusters = NULL;
					// Clusters of the text
  int			num_clusters = 0;
					// Number of clusters
  cairo_text_cluster_flags_t flags;	// Cluster flags
  cairo_status_t	status;		// Final status
  const char		*text = "ab";	// Two characters, two clusters


  surface = cairo_pdf_surface_create_for_stream(discard, NULL, 200, 100);
  cr      = cairo_create(surface);

  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 20);
  cairo_scaled_font_text_to_glyphs(cairo_get_scaled_font(cr), 10, 50, text, -1, &glyphs, &num_glyphs, &clusters, &num_clusters, &flags);
  cairo_show_text_glyphs(cr, text, -1, glyphs, num_glyphs, clusters, num_clusters, flags);
  cairo_show_page(cr);			// The report comes from here

  status = cairo_status(cr);
  cairo_glyph_free(glyphs);
  cairo_text_cluster_free(clusters);
  cairo_destroy(cr);
  cairo_surface_destroy(surface);

  printf("cairo %s: %s\n", cairo_version_string(), cairo_status_to_string(status));

  return (status != CAIRO_STATUS_SUCCESS);
}
