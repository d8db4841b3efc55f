//
// Reference for the benchmark: the notice's text for the code "invalid"
// drawn with pango and cairo into a one-page A4 PDF, and nothing else.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Usage: reference NOTICE-FILE > notice.pdf
//
// The lower bound for the filter's PDF output: the same text, fonts and type
// sizes, set by pango and written by cairo, without the filter's options,
// catalog, checks, metadata or CUPS.  Lines of the notice file are read as
// "key value"; only the keys the filter prints for "invalid" on a Japanese
// page are used, in the edition the filter prints by default.  The layout
// is close to the filter's, not the same: the point is the cost of the
// libraries, not the look.
//

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


//
// Local constants...
//

#define PAGE_WIDTH_PT	(210.0 * 72.0 / 25.4)
					// A4 width in points
#define PAGE_HEIGHT_PT	(297.0 * 72.0 / 25.4)
					// A4 height in points
#define MARGIN_PT	(22.0 * 72.0 / 25.4)
					// Margin on every side: 22 mm


//
// Local types...
//

typedef struct item_s			// How the filter sets one kind of text
{
  const char		*key;		// Key in the notice file
  double		size_pt,	// Type size in points
			line_em,	// Line height in em
			space_pt;	// Space below in points
  bool			bold;		// Bold type?
  PangoAlignment	align;		// Alignment
} item_t;


//
// Local globals...
//

static const item_t items[] =		// The filter's sizes for a Japanese page on A4
{
  { "title",          30.0, 1.3, 6.0,  true,  PANGO_ALIGN_CENTER },
  { "subtitle",       17.0, 1.4, 18.0, false, PANGO_ALIGN_CENTER },
  { "result.invalid", 20.0, 1.4, 24.0, true,  PANGO_ALIGN_CENTER },
  { "paragraph",      17.0, 1.6, 12.0, false, PANGO_ALIGN_LEFT },
  { "note",           15.0, 1.6, 10.0, false, PANGO_ALIGN_LEFT },
  { "note@2023",      15.0, 1.6, 10.0, false, PANGO_ALIGN_LEFT },
  { "source",         10.0, 1.3, 0.0,  false, PANGO_ALIGN_LEFT }
};


//
// Local functions...
//

static double	draw_text(cairo_t *cr, PangoContext *context, const char *fonts, const char *text, double size_pt, double line_em, bool bold, PangoAlignment align, double y);
static cairo_status_t write_cb(void *ctx, const unsigned char *data, unsigned int length);


//
// 'main()' - Draw the notice into a PDF on stdout.
//

int					// O - Exit status
main(int  argc,				// I - Number of command-line arguments
     char *argv[])			// I - Command-line arguments
{
  FILE			*fp;		// Notice file
  char			line[4096],	// Line from the file
			*key,		// Key of the line
			*value,		// Value of the line
			fonts[256] = "sans-serif",
					// Font families
			date[64];	// Date of issue
  size_t		i;		// Looping var
  cairo_surface_t	*surface;	// PDF surface
  cairo_t		*cr;		// Drawing context
  PangoContext		*context;	// Text context, in points
  cairo_status_t	status;		// Drawing status
  time_t		now = time(NULL);
					// Current time
  double		y = MARGIN_PT,	// Top of the next text
			top;		// Top of the result box


  if (argc != 2)
  {
    fputs("Usage: reference NOTICE-FILE > notice.pdf\n", stderr);
    return (1);
  }

  if ((fp = fopen(argv[1], "r")) == NULL)
  {
    perror(argv[1]);
    return (1);
  }

  surface = cairo_pdf_surface_create_for_stream(write_cb, stdout, PAGE_WIDTH_PT, PAGE_HEIGHT_PT);
  cr      = cairo_create(surface);
  cairo_set_source_rgb(cr, 0.0, 0.0, 0.0);
  context = pango_cairo_create_context(cr);
  pango_cairo_context_set_resolution(context, 72.0);

  // The fonts, then the date of issue at the top right in them...
  while (fgets(line, sizeof(line), fp))
  {
    if (!strncmp(line, "fonts", 5) && (line[5] == ' ' || line[5] == '\t'))
    {
      line[strcspn(line, "\r\n")] = '\0';
      snprintf(fonts, sizeof(fonts), "%s", line + 5 + strspn(line + 5, " \t"));
    }
  }

  strftime(date, sizeof(date), "%Y-%m-%d", localtime(&now));
  y = draw_text(cr, context, fonts, date, 12.0, 1.3, false, PANGO_ALIGN_RIGHT, y) + 24.0;

  // Each line of the notice that the filter prints, in file order...
  rewind(fp);

  while (fgets(line, sizeof(line), fp))
  {
    line[strcspn(line, "\r\n")] = '\0';

    if (line[0] == '#' || !line[0])
      continue;

    key   = line;
    value = line + strcspn(line, " \t");

    if (*value)
      *value++ = '\0';
    value += strspn(value, " \t");

    for (i = 0; i < sizeof(items) / sizeof(items[0]); i ++)
    {
      if (strcmp(key, items[i].key))
        continue;

      top = y;
      y   = draw_text(cr, context, fonts, value, items[i].size_pt, items[i].line_em, items[i].bold, items[i].align, y);

      if (!strcmp(key, "result.invalid"))
      {
        // The frame around the result...
        cairo_set_line_width(cr, 1.5);
        cairo_rectangle(cr, MARGIN_PT, top - 8.0, PAGE_WIDTH_PT - 2.0 * MARGIN_PT, y - top + 16.0);
        cairo_stroke(cr);
      }

      y += items[i].space_pt;
      break;
    }
  }

  fclose(fp);
  g_object_unref(context);

  cairo_show_page(cr);
  status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);

  if (status != CAIRO_STATUS_SUCCESS)
  {
    fprintf(stderr, "reference: %s\n", cairo_status_to_string(status));
    return (1);
  }

  return (0);
}


//
// 'draw_text()' - Set a piece of text across the text area and draw it.
//
// Returns the bottom of the text in points.
//

static double				// O - Bottom of the text in points
draw_text(cairo_t        *cr,		// I - Drawing context
          PangoContext   *context,	// I - Text context
          const char     *fonts,	// I - Font families
          const char     *text,		// I - Text (UTF-8)
          double         size_pt,	// I - Type size in points
          double         line_em,	// I - Line height in em
          bool           bold,		// I - Bold type?
          PangoAlignment align,		// I - Alignment
          double         y)		// I - Top in points
{
  PangoLayout		*layout;	// Laid-out text
  PangoFontDescription	*font;		// Font at this size
  PangoAttrList		*attrs;		// Language and line height
  int			height;		// Height in pango units


  layout = pango_layout_new(context);

  font = pango_font_description_from_string(fonts);
  pango_font_description_set_size(font, (gint)(size_pt * PANGO_SCALE + 0.5));
  pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);

  attrs = pango_attr_list_new();
  pango_attr_list_insert(attrs, pango_attr_language_new(pango_language_from_string("ja")));
  pango_attr_list_insert(attrs, pango_attr_line_height_new_absolute((int)(line_em * size_pt * PANGO_SCALE + 0.5)));
  pango_layout_set_attributes(layout, attrs);
  pango_attr_list_unref(attrs);

  pango_layout_set_width(layout, (int)((PAGE_WIDTH_PT - 2.0 * MARGIN_PT) * PANGO_SCALE));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout, align);
  pango_layout_set_text(layout, text, -1);

  cairo_move_to(cr, MARGIN_PT, y);
  pango_cairo_show_layout(cr, layout);
  pango_layout_get_size(layout, NULL, &height);
  g_object_unref(layout);

  return (y + (double)height / PANGO_SCALE);
}


//
// 'write_cb()' - Write PDF bytes to a file.
//

static cairo_status_t			// O - Status
write_cb(void                *ctx,	// I - File
         const unsigned char *data,	// I - Bytes
         unsigned int        length)	// I - Number of bytes
{
  return (fwrite(data, 1, length, (FILE *)ctx) == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR);
}
