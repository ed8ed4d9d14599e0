/**
 * Python import names versus PyPI project names, and the standard library. Data, not logic.
 */

/** Import names whose PyPI project is named differently. */
export const PYPI_PROJECT_BY_IMPORT: Readonly<Record<string, string>> = {
  attr: 'attrs',
  bs4: 'beautifulsoup4',
  Crypto: 'pycryptodome',
  cv2: 'opencv-python',
  dateutil: 'python-dateutil',
  distutils: 'setuptools', // removed from the standard library in 3.12; setuptools provides it again
  docx: 'python-docx',
  dotenv: 'python-dotenv',
  fitz: 'PyMuPDF',
  git: 'GitPython',
  gi: 'PyGObject',
  jose: 'python-jose',
  jwt: 'PyJWT',
  ldap: 'python-ldap',
  magic: 'python-magic',
  markdown: 'Markdown',
  MySQLdb: 'mysqlclient',
  multipart: 'python-multipart',
  OpenSSL: 'pyOpenSSL',
  pkg_resources: 'setuptools',
  PIL: 'Pillow',
  pptx: 'python-pptx',
  serial: 'pyserial',
  skimage: 'scikit-image',
  sklearn: 'scikit-learn',
  slugify: 'python-slugify',
  socketio: 'python-socketio',
  usb: 'pyusb',
  win32api: 'pywin32',
  win32con: 'pywin32',
  wx: 'wxPython',
  yaml: 'PyYAML',
  zmq: 'pyzmq',
  _pytest: 'pytest',
  mpl_toolkits: 'matplotlib',
};

/** Import paths under namespace packages, by prefix: `google.cloud.storage` → `google-cloud-storage`. */
const NAMESPACE_PROJECTS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^google\.protobuf(\.|$)/, () => 'protobuf'],
  [/^google\.cloud\.([a-z0-9_]+)/, (m) => `google-cloud-${(m[1] ?? '').replace(/_/g, '-')}`],
  [/^google\.auth(\.|$)/, () => 'google-auth'],
  [/^google\.api_core(\.|$)/, () => 'google-api-core'],
  [/^googleapiclient(\.|$)/, () => 'google-api-python-client'],
];
/** Namespaces shared by many projects: the project cannot be told from the import path. */
const AMBIGUOUS_NAMESPACES: ReadonlySet<string> = new Set(['google', 'azure', 'zope', 'backports']);

/** Python 3.11's `sys.stdlib_module_names`, without private modules. */
export const PYTHON_STDLIB: ReadonlySet<string> = new Set(
  `abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect
builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall
concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm
decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput
fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq
hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3
linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt
multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib
pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd
py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy
sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd
sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau
symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit
tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata
unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp
zipfile zipimport zlib zoneinfo`.split(/\s+/),
);

/** Standard-library modules later removed, with the version that removed them. */
export const PYTHON_REMOVED: Readonly<Record<string, string>> = {
  asynchat: '3.12',
  asyncore: '3.12',
  imp: '3.12',
  smtpd: '3.12',
  aifc: '3.13',
  audioop: '3.13',
  cgi: '3.13',
  cgitb: '3.13',
  chunk: '3.13',
  crypt: '3.13',
  imghdr: '3.13',
  lib2to3: '3.13',
  mailcap: '3.13',
  msilib: '3.13',
  nis: '3.13',
  nntplib: '3.13',
  ossaudiodev: '3.13',
  pipes: '3.13',
  sndhdr: '3.13',
  spwd: '3.13',
  sunau: '3.13',
  telnetlib: '3.13',
  uu: '3.13',
  xdrlib: '3.13',
};

/** Projects only tests use; a missing one goes to the test/dev requirements. */
export const PYTHON_TEST_TOOLS: ReadonlySet<string> = new Set(
  'pytest coverage hypothesis mock freezegun responses faker factory-boy nose nose2 tox nox respx syrupy'.split(' '),
);

/** The PyPI project for an import path; `stdlib` when it is in the standard library, `ambiguous` for shared namespaces. */
export function pypiProjectFor(
  importPath: string,
): { project: string; top: string } | { stdlib: string } | { ambiguous: string } {
  const top = importPath.split('.', 1)[0] ?? importPath;
  const mapped = PYPI_PROJECT_BY_IMPORT[top];
  if (mapped) return { project: mapped, top };
  if (PYTHON_STDLIB.has(top)) return { stdlib: top };
  for (const [pattern, project] of NAMESPACE_PROJECTS) {
    const m = pattern.exec(importPath);
    if (m) return { project: project(m), top };
  }
  if (AMBIGUOUS_NAMESPACES.has(top)) return { ambiguous: top };
  return { project: top, top };
}
