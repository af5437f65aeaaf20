; Inno Setup script: an installer from the PyInstaller folder (see docs/build.md).
; On Windows, after `pyinstaller --noconfirm build.spec`:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\CounterDesk.iss
; gives dist\CounterDesk-setup-<version>.exe. It installs for the current user (no admin
; rights needed) into %LOCALAPPDATA%\Programs\CounterDesk; the data folder
; (%LOCALAPPDATA%\CounterDesk) is never touched by install, update or uninstall.
; Needs Inno Setup 6.3 or newer. Not tested in CI (Windows only).

; The version: pass the one in pyproject.toml, e.g. ISCC /DAppVersion=0.1.0 …
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E1D3A52-8C3B-4C4F-9A51-2F0C3E6B7D10}
AppName=CounterDesk
AppVersion={#AppVersion}
AppPublisher=CounterDesk
DefaultDirName={localappdata}\Programs\CounterDesk
DefaultGroupName=CounterDesk
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=CounterDesk-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\CounterDesk.exe

[Languages]
; Inno Setup ships no Indonesian messages; the unofficial Indonesian.isl (jrsoftware.org,
; "Inno Setup Translations") can be put in compiler:Languages and named here instead.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Buat pintasan di desktop"; Flags: checkedonce

[Files]
; An update replaces the whole folder: no old library stays beside the new ones.
Source: "..\dist\CounterDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\CounterDesk"; Filename: "{app}\CounterDesk.exe"
Name: "{group}\CounterDesk (demo, data latihan)"; Filename: "{app}\CounterDesk.exe"; Parameters: "--demo"
Name: "{autodesktop}\CounterDesk"; Filename: "{app}\CounterDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CounterDesk.exe"; Description: "Buka CounterDesk"; Flags: nowait postinstall skipifsilent
