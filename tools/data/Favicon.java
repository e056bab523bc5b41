// Draws src/main/resources/static/img/favicon.ico (32 x 32 PNG in an ICO), the same "A" as favicon.svg.
// Usage: java -Djava.awt.headless=true tools/data/Favicon.java src/main/resources/static/img/favicon.ico
import java.awt.*; import java.awt.geom.*; import java.awt.image.BufferedImage; import java.io.*; import javax.imageio.ImageIO;
public class Favicon { public static void main(String[] a) throws Exception {
  int n = 32; var img = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB); var g = img.createGraphics();
  g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
  g.setColor(new Color(0x0b5a8c)); g.fill(new RoundRectangle2D.Double(0,0,32,32,12,12));
  g.setColor(Color.WHITE); g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
  var p = new Path2D.Double(); p.moveTo(8.5,25); p.lineTo(16,6.5); p.lineTo(23.5,25); p.moveTo(11.2,18.5); p.lineTo(20.8,18.5); g.draw(p); g.dispose();
  var png = new ByteArrayOutputStream(); ImageIO.write(img, "png", png); byte[] b = png.toByteArray();
  var out = new DataOutputStream(new FileOutputStream(a[0]));
  var h = java.nio.ByteBuffer.allocate(22).order(java.nio.ByteOrder.LITTLE_ENDIAN);
  h.putShort((short)0).putShort((short)1).putShort((short)1).put((byte)32).put((byte)32).put((byte)0).put((byte)0)
   .putShort((short)1).putShort((short)32).putInt(b.length).putInt(22);
  out.write(h.array()); out.write(b); out.close(); } }
