//
// UTF-8 decoding and validation for onshi-notice.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "utf8-private.h"
#include <glib.h>
#include <string.h>


//
// Local functions...
//

static bool	is_dropped(long ch);
static bool	is_space(long ch);


//
// 'noticeUTF8CleanLine()' - Make text one line of plain text, cut to a length.
//
// Runs of spaces and control characters become single spaces, invisible
// direction controls are dropped, and the text is cut after "max_chars"
// characters, never between a letter and the marks that go with it.
//

bool					// O - `true` if the text is usable
noticeUTF8CleanLine(
    const char *value,			// I - Text or NULL
    size_t     max_chars,		// I - Most characters kept
    char       *buffer,			// O - Cleaned text, "" for none
    size_t     bufsize,			// I - Size of buffer, at least 4 * max_chars + 1
    bool       *cut)			// O - Was the text cut?
{
  const char	*ptr,			// Pointer into value
		*end,			// End of value
		*start;			// Start of current character
  char		*out = buffer,		// End of cleaned text
		*cluster = buffer;	// Start of the last letter with its marks
  size_t	count = 0;		// Characters kept
  long		ch;			// Current character
  bool		space = false;	// Space pending?


  if (!buffer || !cut || bufsize < 4 * max_chars + 1)
    return (false);

  *cut = false;

  if (!value || !*value)
  {
    *buffer = '\0';
    return (true);
  }

  end = value + strlen(value);

  // Text that is not UTF-8 leaves the buffer as it was...
  if (!noticeUTF8IsValid(value, (size_t)(end - value)))
    return (false);

  *buffer = '\0';

  for (ptr = value; ptr < end;)
  {
    start = ptr;
    if ((ch = noticeUTF8Decode(&ptr, end)) < 0)
      break;

    if (is_dropped(ch))
      continue;

    if (is_space(ch))
    {
      space = out > buffer;
      continue;
    }

    if (g_unichar_ismark((gunichar)ch) && !space && out > buffer)
    {
      // A mark belongs to the letter before it: when the mark does not fit,
      // the letter goes too...
      if (count + 1 > max_chars)
      {
        out = cluster;
        *cut = true;
        break;
      }
    }
    else
    {
      if (count + (space ? 2 : 1) > max_chars)
      {
        *cut = true;
        break;
      }

      if (space)
      {
        *out++ = ' ';
        count ++;
        space = false;
      }

      cluster = out;
    }

    memcpy(out, start, (size_t)(ptr - start));
    out += ptr - start;
    count ++;
  }

  *out = '\0';

  // Remove a trailing space left by the cut...
  while (out > buffer && out[-1] == ' ')
    *--out = '\0';

  return (true);
}


//
// 'noticeUTF8Decode()' - Decode one character and advance past it.
//
// Strict: overlong forms, surrogates and values above U+10FFFF are errors.
// On error the pointer is left where it was.
//

long					// O  - Code point or -1 on error
noticeUTF8Decode(const char **ptr,	// IO - Pointer into text
                 const char *end)	// I  - End of text
{
  const unsigned char	*s;		// Bytes of the character
  long			ch;		// Code point
  size_t		count,		// Continuation bytes expected
			i;		// Looping var
  long			minimum;	// Smallest value for this length


  if (!ptr || !*ptr || *ptr >= end)
    return (-1);

  s = (const unsigned char *)*ptr;

  if (s[0] < 0x80)
  {
    (*ptr) ++;
    return (s[0]);
  }
  else if ((s[0] & 0xe0) == 0xc0)
  {
    ch      = s[0] & 0x1f;
    count   = 1;
    minimum = 0x80;
  }
  else if ((s[0] & 0xf0) == 0xe0)
  {
    ch      = s[0] & 0x0f;
    count   = 2;
    minimum = 0x800;
  }
  else if ((s[0] & 0xf8) == 0xf0)
  {
    ch      = s[0] & 0x07;
    count   = 3;
    minimum = 0x10000;
  }
  else
    return (-1);

  if ((size_t)(end - *ptr) <= count)
    return (-1);

  for (i = 1; i <= count; i ++)
  {
    if ((s[i] & 0xc0) != 0x80)
      return (-1);

    ch = (ch << 6) | (s[i] & 0x3f);
  }

  if (ch < minimum || ch > 0x10ffff || (ch >= 0xd800 && ch <= 0xdfff))
    return (-1);

  *ptr += count + 1;

  return (ch);
}


//
// 'noticeUTF8Encode()' - Encode one character as UTF-8.
//
// Returns 0, writing nothing, for an invalid character or a buffer too small.
//

size_t					// O - Bytes written
noticeUTF8Encode(long   ch,		// I - Code point
                 char   *buffer,	// O - Buffer
                 size_t bufsize)	// I - Size of buffer
{
  unsigned char	*out = (unsigned char *)buffer;
					// Output bytes


  if (ch < 0 || ch > 0x10ffff || (ch >= 0xd800 && ch <= 0xdfff) || !buffer)
    return (0);

  if (ch < 0x80 && bufsize >= 1)
  {
    out[0] = (unsigned char)ch;
    return (1);
  }
  else if (ch < 0x800 && bufsize >= 2)
  {
    out[0] = (unsigned char)(0xc0 | (ch >> 6));
    out[1] = (unsigned char)(0x80 | (ch & 0x3f));
    return (2);
  }
  else if (ch >= 0x800 && ch < 0x10000 && bufsize >= 3)
  {
    out[0] = (unsigned char)(0xe0 | (ch >> 12));
    out[1] = (unsigned char)(0x80 | ((ch >> 6) & 0x3f));
    out[2] = (unsigned char)(0x80 | (ch & 0x3f));
    return (3);
  }
  else if (ch >= 0x10000 && bufsize >= 4)
  {
    out[0] = (unsigned char)(0xf0 | (ch >> 18));
    out[1] = (unsigned char)(0x80 | ((ch >> 12) & 0x3f));
    out[2] = (unsigned char)(0x80 | ((ch >> 6) & 0x3f));
    out[3] = (unsigned char)(0x80 | (ch & 0x3f));
    return (4);
  }

  return (0);
}


//
// 'noticeUTF8IsValid()' - Tell whether text is valid UTF-8 without NUL bytes.
//

bool					// O - `true` if valid
noticeUTF8IsValid(const char *text,	// I - Text
                  size_t     length)	// I - Length in bytes
{
  const char	*ptr,			// Pointer into text
		*end;			// End of text
  long		ch;			// Current character


  if (!text)
    return (false);

  for (ptr = text, end = text + length; ptr < end;)
  {
    if ((ch = noticeUTF8Decode(&ptr, end)) <= 0)
      return (false);
  }

  return (true);
}


//
// 'is_dropped()' - Tell whether a character is an invisible control to drop.
//
// Direction marks, embeddings, overrides and isolates could reorder the
// printed line; byte-order marks and similar format characters show nothing.
// Joiners (U+200C, U+200D) stay: scripts and emoji need them.
//

static bool				// O - `true` to drop the character
is_dropped(long ch)			// I - Character
{
  if (ch == 0x200c || ch == 0x200d)
    return (false);

  return (g_unichar_type((gunichar)ch) == G_UNICODE_FORMAT);
}


//
// 'is_space()' - Tell whether a character prints as white space.
//
// Controls (newlines, tabs) and line separators count as space, so the text
// stays on one line.  Other spaces, such as the ideographic space U+3000,
// are kept as they were typed.
//

static bool				// O - `true` for white space
is_space(long ch)			// I - Character
{
  return (ch <= 0x20 || (ch >= 0x7f && ch < 0xa0) || ch == 0x2028 || ch == 0x2029);
}
